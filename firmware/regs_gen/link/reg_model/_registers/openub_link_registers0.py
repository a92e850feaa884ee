

"""
Python Wrapper for the openub_link register model

This code was generated from the PeakRDL-python package version 4.0.0

"""










from typing import Iterator
from typing import Union
from typing import overload
from typing import Literal
from typing import Any
from typing import NoReturn
from typing import Type

from peakrdl_python.lib import Node, NodeArray, Base
from peakrdl_python.lib import UDPStruct

from peakrdl_python.lib import AsyncMemory
from peakrdl_python.lib import AsyncAddressMap
from peakrdl_python.lib import AsyncRegFile
from peakrdl_python.lib import MemoryAsyncReadOnly, MemoryAsyncWriteOnly, MemoryAsyncReadWrite
from peakrdl_python.lib import AsyncReg
from peakrdl_python.lib import RegAsyncReadOnly, RegAsyncWriteOnly, RegAsyncReadWrite
from peakrdl_python.lib import RegAsyncReadOnlyArray, RegAsyncWriteOnlyArray, RegAsyncReadWriteArray
from peakrdl_python.lib import ReadableAsyncMemory, WritableAsyncMemory
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field

from peakrdl_python.lib import FieldSizeProps, FieldMiscProps






from .fields import openub_link_CTRL_enable_0x8574cc3880aaed4491f5b58ad0690ded94a4a96383336cf8f71e86845147ad04_cls
from .fields import openub_link_CTRL_llr_en_0xd439f2efaf4f91b9bdcdc093303a9034ecc8348516b78259960896261a32a296_cls
from .fields import openub_link_CTRL_reset_link_0xa08793318121594eaad5da9aa3eb0aa2b317d44fd856a58c6ba5a48648bba33c_cls
from .fields import openub_link_CTRL_ctl_interval_0xaddd60481b371e04984aebac9638434145af2bf5a8b59f43aafcb3936d4ea15f_cls
from .fields import openub_link_STATUS_dl_state_0x86e40c15773b147fceb4df4346385d58536c1f92388d89488f88a483700a66e5_cls
from .fields import openub_link_STATUS_retry_state_0x3c2a8d562f0412e9353788920cad58988475fe17e6bd2740b37cdc2080528310_cls
from .fields import openub_link_STATUS_tx_width_0x6bbe3f3739ab2f95ac8510c2a32d398e3440c84da179c490237f1fbb4a0262ce_cls
from .fields import openub_link_STATUS_rx_width_0x781b97af5018f3f7375413be2793485cb0b054ad7fcfcc59dab67810ff2d58c_cls
from .fields import openub_link_STATUS_width_status_0xfd4931d2d38beb93306296f5912efedd27741eee4ee5c951d83ce75b5b4d529a_cls
from .fields import openub_link_STATUS_lanes_ok_0x685d9bd91a87e86e04f163ec1d6e55bd249c6158e35bf3b8c68a9c04c727ef69_cls
from .fields import openub_link_RETRY_CFG_wait_retry_ack_timeout_0x605d84f143573511ea1dbdcee57ba161c21ead3f76f6e300c35b3e92b21c4d82_cls
from .fields import openub_link_RETRY_CFG_retry_max_0x3c965baa110cbc47fd70136689a741bffaf6833af6afc98f45f12d3247e3f5d_cls
from .fields import openub_link_RETRY_CFG_retrain_max_0x879879355ba0030b74e003bd2b57ff699797c9a1cd0b180292f698a2fd0c26_cls
from .fields import openub_link_LANE_CTRL_target_width_0x283b93050a93906856d78e6790ef8f6a9550bea9cabb8034f12597f4df2df23e_cls
from .fields import openub_link_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls
from .fields import openub_link_LANE_CTRL_width_timeout_0x964c043befd21d3b7b7e09ed0aa632530bb4337767b4d396b239c8a93d6a896e_cls
from .fields import openub_link_EVENT_STATUS_link_error_0x8b337232e480b7767a33a6a324adf44b50d03fbaa5a23b3225ef7ab85c66a690_cls
from .fields import openub_link_EVENT_STATUS_retrain_0xbaed8e379f6f2c166c63b082fe8f5e58aac35c2708bad29ca33eb896c69c21f5_cls
from .fields import openub_link_EVENT_STATUS_credit_overflow_0xb81af81e38b251d1d4a21c0e355a2b0ef857fb0a21b7c290b043ae9595da19c5_cls
from .fields import openub_link_EVENT_STATUS_malformed_0x3d3ffe76fe1833ac49f0e522369dcd7f5f5ccff521c4af290bf1772984be96b3_cls
from .fields import openub_link_EVENT_STATUS_lane_degraded_0x1e5e623438aaecc505bf58f39a7c69005b916679b4d47a48815f44211aa2a3e1_cls
from .fields import openub_link_EVENT_STATUS_width_change_done_0x3dbf4f93919096de634e49197a1524051246e77c53383227138c2a2fab440dce_cls
from .fields import openub_link_EVENT_ENABLE_link_error_0x229c3075ee0ebbe0e4447dc8aab68b2eaf4df3b16f6636427af7389a213c67a2_cls
from .fields import openub_link_EVENT_ENABLE_retrain_0xde1104ea3cc55c27e0595d85cd92862d3ef67b914d48cf968e6efee7fa47ab80_cls
from .fields import openub_link_EVENT_ENABLE_credit_overflow_0xc9abdc12e65bf3eb5b850361deba09cf34867607e944bd29dd8394e721ad51e3_cls
from .fields import openub_link_EVENT_ENABLE_malformed_0xd9bdb0f56657c6016edf8886b167120a138cbd165c1111dc1c396c53895126c6_cls
from .fields import openub_link_EVENT_ENABLE_lane_degraded_0x1fcb8225690497410cbe36b43dba5480fa07de6cd5fcef4bf2cc5251288b2eab_cls
from .fields import openub_link_EVENT_ENABLE_width_change_done_0xc7d0b324aaea576e3abae63c08768f06baadf93e8c6cf28b1c91db89a21a8aab_cls
from .fields import openub_link_LLR_TIMERS_ack_timeout_0x2eef31bd97d8334cb74ff7dfabe7ab511d3d3affaee1ed9920ff68e61e3fd9e9_cls
from .fields import openub_link_LLR_TIMERS_refresh_interval_0x4e1ff6910ecab3921088cb25570f9c67705d3396c2f550e23033f99bec04b543_cls
from .fields import openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls

# register definitions
    
    
class openub_link_CTRL_0x50809cdfb2cf35109e4d5f35be31cba19908debf5e4e68caca46fba82fee3fb2_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Control                                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Link enable, link-level retry enable, link reset and control    |
    |              |      block pacing.</p>                                                  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__enable', '__llr_en', '__reset_link', '__ctl_interval']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__enable:openub_link_CTRL_enable_0x8574cc3880aaed4491f5b58ad0690ded94a4a96383336cf8f71e86845147ad04_cls = openub_link_CTRL_enable_0x8574cc3880aaed4491f5b58ad0690ded94a4a96383336cf8f71e86845147ad04_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.enable',
            inst_name='enable',
            field_type=int)
        self.__llr_en:openub_link_CTRL_llr_en_0xd439f2efaf4f91b9bdcdc093303a9034ecc8348516b78259960896261a32a296_cls = openub_link_CTRL_llr_en_0xd439f2efaf4f91b9bdcdc093303a9034ecc8348516b78259960896261a32a296_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.llr_en',
            inst_name='llr_en',
            field_type=int)
        self.__reset_link:openub_link_CTRL_reset_link_0xa08793318121594eaad5da9aa3eb0aa2b317d44fd856a58c6ba5a48648bba33c_cls = openub_link_CTRL_reset_link_0xa08793318121594eaad5da9aa3eb0aa2b317d44fd856a58c6ba5a48648bba33c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.reset_link',
            inst_name='reset_link',
            field_type=int)
        self.__ctl_interval:openub_link_CTRL_ctl_interval_0xaddd60481b371e04984aebac9638434145af2bf5a8b59f43aafcb3936d4ea15f_cls = openub_link_CTRL_ctl_interval_0xaddd60481b371e04984aebac9638434145af2bf5a8b59f43aafcb3936d4ea15f_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=32,
                is_volatile=False),
            logger_handle=logger_handle+'.ctl_interval',
            inst_name='ctl_interval',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,enable : int,llr_en : int,reset_link : int,ctl_interval : int,) -> int:
        return super().register_value(enable=enable,llr_en=llr_en,reset_link=reset_link,ctl_interval=ctl_interval,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,enable : int,llr_en : int,reset_link : int,ctl_interval : int,) -> None:
        return await super().write_all_fields_without_read(enable=enable,llr_en=llr_en,reset_link=reset_link,ctl_interval=ctl_interval,)
         
    

    # build the properties for the fields
    
    @property
    def enable(self) -> openub_link_CTRL_enable_0x8574cc3880aaed4491f5b58ad0690ded94a4a96383336cf8f71e86845147ad04_cls:
        """
        Property to access enable field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>1: bring the link up (DISABLE -&gt; PARA_INIT once the PHY is   |
        |              |      up, then CRD_INIT and NORMAL). 0: hold the link in DISABLE.</p>    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__enable
    @property
    def llr_en(self) -> openub_link_CTRL_llr_en_0xd439f2efaf4f91b9bdcdc093303a9034ecc8348516b78259960896261a32a296_cls:
        """
        Property to access llr_en field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Link-level retry (LLR). 1: bad or missing data packets are      |
        |              |      replayed. 0 (baseline): they are dropped and counted in            |
        |              |      LOST_PACKETS, no retry happens.</p>                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__llr_en
    @property
    def reset_link(self) -> openub_link_CTRL_reset_link_0xa08793318121594eaad5da9aa3eb0aa2b317d44fd856a58c6ba5a48648bba33c_cls:
        """
        Property to access reset_link field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Write 1 to reset the link: it leaves any state (ERROR           |
        |              |      included), clears its retry, credit and sequence state and         |
        |              |      restarts from DISABLE. Reads 0.</p>                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__reset_link
    @property
    def ctl_interval(self) -> openub_link_CTRL_ctl_interval_0xaddd60481b371e04984aebac9638434145af2bf5a8b59f43aafcb3936d4ea15f_cls:
        """
        Property to access ctl_interval field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cycles between two control blocks sent to report a change of    |
        |              |      the acknowledged sequence number or of the returned credits (rate  |
        |              |      limit). Retry requests and retry acknowledgements are never        |
        |              |      delayed.</p>                                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ctl_interval

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'enable':'enable','llr_en':'llr_en','reset_link':'reset_link','ctl_interval':'ctl_interval',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["enable"]) -> 'openub_link_CTRL_enable_0x8574cc3880aaed4491f5b58ad0690ded94a4a96383336cf8f71e86845147ad04_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["llr_en"]) -> 'openub_link_CTRL_llr_en_0xd439f2efaf4f91b9bdcdc093303a9034ecc8348516b78259960896261a32a296_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["reset_link"]) -> 'openub_link_CTRL_reset_link_0xa08793318121594eaad5da9aa3eb0aa2b317d44fd856a58c6ba5a48648bba33c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ctl_interval"]) -> 'openub_link_CTRL_ctl_interval_0xaddd60481b371e04984aebac9638434145af2bf5a8b59f43aafcb3936d4ea15f_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_CTRL_enable_0x8574cc3880aaed4491f5b58ad0690ded94a4a96383336cf8f71e86845147ad04_cls', 'openub_link_CTRL_llr_en_0xd439f2efaf4f91b9bdcdc093303a9034ecc8348516b78259960896261a32a296_cls', 'openub_link_CTRL_reset_link_0xa08793318121594eaad5da9aa3eb0aa2b317d44fd856a58c6ba5a48648bba33c_cls', 'openub_link_CTRL_ctl_interval_0xaddd60481b371e04984aebac9638434145af2bf5a8b59f43aafcb3936d4ea15f_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Control"
    @property
    def rdl_desc(self) -> str:
        return "Link enable, link-level retry enable, link reset and control block pacing."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.enable
        yield self.llr_en
        yield self.reset_link
        yield self.ctl_interval
        
        
    

    
    
class openub_link_STATUS_0x7883b6413d0ec5dc2eacaa014dafacc250c5b4016f98e6debae1f3a1b0d7cf17_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Status                                                             |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Current state of the link, driven by the hardware.</p>          |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__dl_state', '__retry_state', '__tx_width', '__rx_width', '__width_status', '__lanes_ok']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__dl_state:openub_link_STATUS_dl_state_0x86e40c15773b147fceb4df4346385d58536c1f92388d89488f88a483700a66e5_cls = openub_link_STATUS_dl_state_0x86e40c15773b147fceb4df4346385d58536c1f92388d89488f88a483700a66e5_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=2,
                lsb=0, msb=1,
                low=0, high=1),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.dl_state',
            inst_name='dl_state',
            field_type=int)
        self.__retry_state:openub_link_STATUS_retry_state_0x3c2a8d562f0412e9353788920cad58988475fe17e6bd2740b37cdc2080528310_cls = openub_link_STATUS_retry_state_0x3c2a8d562f0412e9353788920cad58988475fe17e6bd2740b37cdc2080528310_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=3,
                lsb=4, msb=6,
                low=4, high=6),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.retry_state',
            inst_name='retry_state',
            field_type=int)
        self.__tx_width:openub_link_STATUS_tx_width_0x6bbe3f3739ab2f95ac8510c2a32d398e3440c84da179c490237f1fbb4a0262ce_cls = openub_link_STATUS_tx_width_0x6bbe3f3739ab2f95ac8510c2a32d398e3440c84da179c490237f1fbb4a0262ce_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=8, msb=11,
                low=8, high=11),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.tx_width',
            inst_name='tx_width',
            field_type=int)
        self.__rx_width:openub_link_STATUS_rx_width_0x781b97af5018f3f7375413be2793485cb0b054ad7fcfcc59dab67810ff2d58c_cls = openub_link_STATUS_rx_width_0x781b97af5018f3f7375413be2793485cb0b054ad7fcfcc59dab67810ff2d58c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=12, msb=15,
                low=12, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.rx_width',
            inst_name='rx_width',
            field_type=int)
        self.__width_status:openub_link_STATUS_width_status_0xfd4931d2d38beb93306296f5912efedd27741eee4ee5c951d83ce75b5b4d529a_cls = openub_link_STATUS_width_status_0xfd4931d2d38beb93306296f5912efedd27741eee4ee5c951d83ce75b5b4d529a_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=3,
                lsb=16, msb=18,
                low=16, high=18),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.width_status',
            inst_name='width_status',
            field_type=int)
        self.__lanes_ok:openub_link_STATUS_lanes_ok_0x685d9bd91a87e86e04f163ec1d6e55bd249c6158e35bf3b8c68a9c04c727ef69_cls = openub_link_STATUS_lanes_ok_0x685d9bd91a87e86e04f163ec1d6e55bd249c6158e35bf3b8c68a9c04c727ef69_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.lanes_ok',
            inst_name='lanes_ok',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,dl_state : int,retry_state : int,tx_width : int,rx_width : int,width_status : int,lanes_ok : int,) -> int:
        return super().register_value(dl_state=dl_state,retry_state=retry_state,tx_width=tx_width,rx_width=rx_width,width_status=width_status,lanes_ok=lanes_ok,)
    

    

    

    # build the properties for the fields
    
    @property
    def dl_state(self) -> openub_link_STATUS_dl_state_0x86e40c15773b147fceb4df4346385d58536c1f92388d89488f88a483700a66e5_cls:
        """
        Property to access dl_state field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Data-link state: 0 DISABLE, 1 PARA_INIT, 2 CRD_INIT, 3          |
        |              |      NORMAL.</p>                                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__dl_state
    @property
    def retry_state(self) -> openub_link_STATUS_retry_state_0x3c2a8d562f0412e9353788920cad58988475fe17e6bd2740b37cdc2080528310_cls:
        """
        Property to access retry_state field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry request state of the receiver: 0 NORMAL, 1 REQ, 2 WAIT, 3 |
        |              |      RETRAIN, 4 ERROR.</p>                                              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__retry_state
    @property
    def tx_width(self) -> openub_link_STATUS_tx_width_0x6bbe3f3739ab2f95ac8510c2a32d398e3440c84da179c490237f1fbb4a0262ce_cls:
        """
        Property to access tx_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Active lanes of the transmit direction: 1, 2, 4 or 8 (0: PHY    |
        |              |      down).</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_width
    @property
    def rx_width(self) -> openub_link_STATUS_rx_width_0x781b97af5018f3f7375413be2793485cb0b054ad7fcfcc59dab67810ff2d58c_cls:
        """
        Property to access rx_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Active lanes of the receive direction: 1, 2, 4 or 8 (0: PHY     |
        |              |      down).</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_width
    @property
    def width_status(self) -> openub_link_STATUS_width_status_0xfd4931d2d38beb93306296f5912efedd27741eee4ee5c951d83ce75b5b4d529a_cls:
        """
        Property to access width_status field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Status of the last dynamic width change: 0 IDLE, 1 IN_PROGRESS, |
        |              |      2 DONE, 3 TIMEOUT, 4 NAK.</p>                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__width_status
    @property
    def lanes_ok(self) -> openub_link_STATUS_lanes_ok_0x685d9bd91a87e86e04f163ec1d6e55bd249c6158e35bf3b8c68a9c04c727ef69_cls:
        """
        Property to access lanes_ok field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Healthy lanes, one bit per lane (bit i = lane i).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__lanes_ok

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'dl_state':'dl_state','retry_state':'retry_state','tx_width':'tx_width','rx_width':'rx_width','width_status':'width_status','lanes_ok':'lanes_ok',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["dl_state"]) -> 'openub_link_STATUS_dl_state_0x86e40c15773b147fceb4df4346385d58536c1f92388d89488f88a483700a66e5_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["retry_state"]) -> 'openub_link_STATUS_retry_state_0x3c2a8d562f0412e9353788920cad58988475fe17e6bd2740b37cdc2080528310_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_width"]) -> 'openub_link_STATUS_tx_width_0x6bbe3f3739ab2f95ac8510c2a32d398e3440c84da179c490237f1fbb4a0262ce_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_width"]) -> 'openub_link_STATUS_rx_width_0x781b97af5018f3f7375413be2793485cb0b054ad7fcfcc59dab67810ff2d58c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["width_status"]) -> 'openub_link_STATUS_width_status_0xfd4931d2d38beb93306296f5912efedd27741eee4ee5c951d83ce75b5b4d529a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["lanes_ok"]) -> 'openub_link_STATUS_lanes_ok_0x685d9bd91a87e86e04f163ec1d6e55bd249c6158e35bf3b8c68a9c04c727ef69_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_STATUS_dl_state_0x86e40c15773b147fceb4df4346385d58536c1f92388d89488f88a483700a66e5_cls', 'openub_link_STATUS_retry_state_0x3c2a8d562f0412e9353788920cad58988475fe17e6bd2740b37cdc2080528310_cls', 'openub_link_STATUS_tx_width_0x6bbe3f3739ab2f95ac8510c2a32d398e3440c84da179c490237f1fbb4a0262ce_cls', 'openub_link_STATUS_rx_width_0x781b97af5018f3f7375413be2793485cb0b054ad7fcfcc59dab67810ff2d58c_cls', 'openub_link_STATUS_width_status_0xfd4931d2d38beb93306296f5912efedd27741eee4ee5c951d83ce75b5b4d529a_cls', 'openub_link_STATUS_lanes_ok_0x685d9bd91a87e86e04f163ec1d6e55bd249c6158e35bf3b8c68a9c04c727ef69_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Status"
    @property
    def rdl_desc(self) -> str:
        return "Current state of the link, driven by the hardware."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.dl_state
        yield self.retry_state
        yield self.tx_width
        yield self.rx_width
        yield self.width_status
        yield self.lanes_ok
        
        
    

    
    
class openub_link_RETRY_CFG_0x5719cbc2986d96beb745828c4a627d4198b20ba3586c9b57ce0c6a4de886091d_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Retry parameters                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Link-level retry limits (the receiver's retry request state     |
    |              |      machine).</p>                                                      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__wait_retry_ack_timeout', '__retry_max', '__retrain_max']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__wait_retry_ack_timeout:openub_link_RETRY_CFG_wait_retry_ack_timeout_0x605d84f143573511ea1dbdcee57ba161c21ead3f76f6e300c35b3e92b21c4d82_cls = openub_link_RETRY_CFG_wait_retry_ack_timeout_0x605d84f143573511ea1dbdcee57ba161c21ead3f76f6e300c35b3e92b21c4d82_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=256,
                is_volatile=False),
            logger_handle=logger_handle+'.wait_retry_ack_timeout',
            inst_name='wait_retry_ack_timeout',
            field_type=int)
        self.__retry_max:openub_link_RETRY_CFG_retry_max_0x3c965baa110cbc47fd70136689a741bffaf6833af6afc98f45f12d3247e3f5d_cls = openub_link_RETRY_CFG_retry_max_0x3c965baa110cbc47fd70136689a741bffaf6833af6afc98f45f12d3247e3f5d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=4,
                is_volatile=False),
            logger_handle=logger_handle+'.retry_max',
            inst_name='retry_max',
            field_type=int)
        self.__retrain_max:openub_link_RETRY_CFG_retrain_max_0x879879355ba0030b74e003bd2b57ff699797c9a1cd0b180292f698a2fd0c26_cls = openub_link_RETRY_CFG_retrain_max_0x879879355ba0030b74e003bd2b57ff699797c9a1cd0b180292f698a2fd0c26_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=2,
                is_volatile=False),
            logger_handle=logger_handle+'.retrain_max',
            inst_name='retrain_max',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,wait_retry_ack_timeout : int,retry_max : int,retrain_max : int,) -> int:
        return super().register_value(wait_retry_ack_timeout=wait_retry_ack_timeout,retry_max=retry_max,retrain_max=retrain_max,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,wait_retry_ack_timeout : int,retry_max : int,retrain_max : int,) -> None:
        return await super().write_all_fields_without_read(wait_retry_ack_timeout=wait_retry_ack_timeout,retry_max=retry_max,retrain_max=retrain_max,)
         
    

    # build the properties for the fields
    
    @property
    def wait_retry_ack_timeout(self) -> openub_link_RETRY_CFG_wait_retry_ack_timeout_0x605d84f143573511ea1dbdcee57ba161c21ead3f76f6e300c35b3e92b21c4d82_cls:
        """
        Property to access wait_retry_ack_timeout field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>WAIT_RETRY_ACK_TIMEOUT: cycles the receiver waits in WAIT for   |
        |              |      the retry acknowledgement before it asks again (WAIT -&gt;         |
        |              |      REQ).</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__wait_retry_ack_timeout
    @property
    def retry_max(self) -> openub_link_RETRY_CFG_retry_max_0x3c965baa110cbc47fd70136689a741bffaf6833af6afc98f45f12d3247e3f5d_cls:
        """
        Property to access retry_max field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RETRY_MAX: retry requests without success before the link       |
        |              |      retrains (REQ -&gt; RETRAIN).</p>                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__retry_max
    @property
    def retrain_max(self) -> openub_link_RETRY_CFG_retrain_max_0x879879355ba0030b74e003bd2b57ff699797c9a1cd0b180292f698a2fd0c26_cls:
        """
        Property to access retrain_max field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RETRAIN_MAX: retrains without success before the link gives up  |
        |              |      (RETRAIN -&gt; ERROR, EVENT_STATUS.link_error).</p>                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__retrain_max

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'wait_retry_ack_timeout':'wait_retry_ack_timeout','retry_max':'retry_max','retrain_max':'retrain_max',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["wait_retry_ack_timeout"]) -> 'openub_link_RETRY_CFG_wait_retry_ack_timeout_0x605d84f143573511ea1dbdcee57ba161c21ead3f76f6e300c35b3e92b21c4d82_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["retry_max"]) -> 'openub_link_RETRY_CFG_retry_max_0x3c965baa110cbc47fd70136689a741bffaf6833af6afc98f45f12d3247e3f5d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["retrain_max"]) -> 'openub_link_RETRY_CFG_retrain_max_0x879879355ba0030b74e003bd2b57ff699797c9a1cd0b180292f698a2fd0c26_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_RETRY_CFG_wait_retry_ack_timeout_0x605d84f143573511ea1dbdcee57ba161c21ead3f76f6e300c35b3e92b21c4d82_cls', 'openub_link_RETRY_CFG_retry_max_0x3c965baa110cbc47fd70136689a741bffaf6833af6afc98f45f12d3247e3f5d_cls', 'openub_link_RETRY_CFG_retrain_max_0x879879355ba0030b74e003bd2b57ff699797c9a1cd0b180292f698a2fd0c26_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Retry parameters"
    @property
    def rdl_desc(self) -> str:
        return "Link-level retry limits (the receiver\u0027s retry request state machine)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.wait_retry_ack_timeout
        yield self.retry_max
        yield self.retrain_max
        
        
    

    
    
class openub_link_LANE_CTRL_0xf2cdbb8ba1a3e65f958d1d20183f7573958e783cac3a2de195e41c0298ab19d0_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Lane control                                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Dynamic lane width change without retraining (result in         |
    |              |      STATUS.width_status).</p>                                          |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__target_width', '__change', '__width_timeout']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__target_width:openub_link_LANE_CTRL_target_width_0x283b93050a93906856d78e6790ef8f6a9550bea9cabb8034f12597f4df2df23e_cls = openub_link_LANE_CTRL_target_width_0x283b93050a93906856d78e6790ef8f6a9550bea9cabb8034f12597f4df2df23e_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=0, msb=3,
                low=0, high=3),
            misc_props=FieldMiscProps(
                default=8,
                is_volatile=False),
            logger_handle=logger_handle+'.target_width',
            inst_name='target_width',
            field_type=int)
        self.__change:openub_link_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls = openub_link_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=4, msb=4,
                low=4, high=4),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.change',
            inst_name='change',
            field_type=int)
        self.__width_timeout:openub_link_LANE_CTRL_width_timeout_0x964c043befd21d3b7b7e09ed0aa632530bb4337767b4d396b239c8a93d6a896e_cls = openub_link_LANE_CTRL_width_timeout_0x964c043befd21d3b7b7e09ed0aa632530bb4337767b4d396b239c8a93d6a896e_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=1024,
                is_volatile=False),
            logger_handle=logger_handle+'.width_timeout',
            inst_name='width_timeout',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,target_width : int,change : int,width_timeout : int,) -> int:
        return super().register_value(target_width=target_width,change=change,width_timeout=width_timeout,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,target_width : int,change : int,width_timeout : int,) -> None:
        return await super().write_all_fields_without_read(target_width=target_width,change=change,width_timeout=width_timeout,)
         
    

    # build the properties for the fields
    
    @property
    def target_width(self) -> openub_link_LANE_CTRL_target_width_0x283b93050a93906856d78e6790ef8f6a9550bea9cabb8034f12597f4df2df23e_cls:
        """
        Property to access target_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Requested width of the transmit direction: 1, 2, 4 or 8 lanes.  |
        |              |      Another value, or more lanes than are healthy, is refused          |
        |              |      (NAK).</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__target_width
    @property
    def change(self) -> openub_link_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls:
        """
        Property to access change field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Write 1 to start a width change to target_width. Reads 0.</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__change
    @property
    def width_timeout(self) -> openub_link_LANE_CTRL_width_timeout_0x964c043befd21d3b7b7e09ed0aa632530bb4337767b4d396b239c8a93d6a896e_cls:
        """
        Property to access width_timeout field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cycles the far end has to answer a width change request before  |
        |              |      the change ends in TIMEOUT.</p>                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__width_timeout

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'target_width':'target_width','change':'change','width_timeout':'width_timeout',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["target_width"]) -> 'openub_link_LANE_CTRL_target_width_0x283b93050a93906856d78e6790ef8f6a9550bea9cabb8034f12597f4df2df23e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["change"]) -> 'openub_link_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["width_timeout"]) -> 'openub_link_LANE_CTRL_width_timeout_0x964c043befd21d3b7b7e09ed0aa632530bb4337767b4d396b239c8a93d6a896e_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_LANE_CTRL_target_width_0x283b93050a93906856d78e6790ef8f6a9550bea9cabb8034f12597f4df2df23e_cls', 'openub_link_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls', 'openub_link_LANE_CTRL_width_timeout_0x964c043befd21d3b7b7e09ed0aa632530bb4337767b4d396b239c8a93d6a896e_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Lane control"
    @property
    def rdl_desc(self) -> str:
        return "Dynamic lane width change without retraining (result in STATUS.width_status)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.target_width
        yield self.change
        yield self.width_timeout
        
        
    

    
    
class openub_link_EVENT_STATUS_0x49cc40cb8859b5df5a3b32f86e861086132218e905265439df58d237c67302f2_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Event status                                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Sticky interrupt status. A bit is set by its event and stays    |
    |              |      set until software writes 1 to it (write-one-to-clear). An event   |
    |              |      arriving in the same cycle as the clear keeps the bit set. The     |
    |              |      interrupt line is the OR of (EVENT_STATUS &amp; EVENT_ENABLE).</p> |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__link_error', '__retrain', '__credit_overflow', '__malformed', '__lane_degraded', '__width_change_done']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__link_error:openub_link_EVENT_STATUS_link_error_0x8b337232e480b7767a33a6a324adf44b50d03fbaa5a23b3225ef7ab85c66a690_cls = openub_link_EVENT_STATUS_link_error_0x8b337232e480b7767a33a6a324adf44b50d03fbaa5a23b3225ef7ab85c66a690_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.link_error',
            inst_name='link_error',
            field_type=int)
        self.__retrain:openub_link_EVENT_STATUS_retrain_0xbaed8e379f6f2c166c63b082fe8f5e58aac35c2708bad29ca33eb896c69c21f5_cls = openub_link_EVENT_STATUS_retrain_0xbaed8e379f6f2c166c63b082fe8f5e58aac35c2708bad29ca33eb896c69c21f5_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.retrain',
            inst_name='retrain',
            field_type=int)
        self.__credit_overflow:openub_link_EVENT_STATUS_credit_overflow_0xb81af81e38b251d1d4a21c0e355a2b0ef857fb0a21b7c290b043ae9595da19c5_cls = openub_link_EVENT_STATUS_credit_overflow_0xb81af81e38b251d1d4a21c0e355a2b0ef857fb0a21b7c290b043ae9595da19c5_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.credit_overflow',
            inst_name='credit_overflow',
            field_type=int)
        self.__malformed:openub_link_EVENT_STATUS_malformed_0x3d3ffe76fe1833ac49f0e522369dcd7f5f5ccff521c4af290bf1772984be96b3_cls = openub_link_EVENT_STATUS_malformed_0x3d3ffe76fe1833ac49f0e522369dcd7f5f5ccff521c4af290bf1772984be96b3_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=3, msb=3,
                low=3, high=3),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.malformed',
            inst_name='malformed',
            field_type=int)
        self.__lane_degraded:openub_link_EVENT_STATUS_lane_degraded_0x1e5e623438aaecc505bf58f39a7c69005b916679b4d47a48815f44211aa2a3e1_cls = openub_link_EVENT_STATUS_lane_degraded_0x1e5e623438aaecc505bf58f39a7c69005b916679b4d47a48815f44211aa2a3e1_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=4, msb=4,
                low=4, high=4),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.lane_degraded',
            inst_name='lane_degraded',
            field_type=int)
        self.__width_change_done:openub_link_EVENT_STATUS_width_change_done_0x3dbf4f93919096de634e49197a1524051246e77c53383227138c2a2fab440dce_cls = openub_link_EVENT_STATUS_width_change_done_0x3dbf4f93919096de634e49197a1524051246e77c53383227138c2a2fab440dce_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=5, msb=5,
                low=5, high=5),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.width_change_done',
            inst_name='width_change_done',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,link_error : int,retrain : int,credit_overflow : int,malformed : int,lane_degraded : int,width_change_done : int,) -> int:
        return super().register_value(link_error=link_error,retrain=retrain,credit_overflow=credit_overflow,malformed=malformed,lane_degraded=lane_degraded,width_change_done=width_change_done,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,link_error : int,retrain : int,credit_overflow : int,malformed : int,lane_degraded : int,width_change_done : int,) -> None:
        return await super().write_all_fields_without_read(link_error=link_error,retrain=retrain,credit_overflow=credit_overflow,malformed=malformed,lane_degraded=lane_degraded,width_change_done=width_change_done,)
         
    

    # build the properties for the fields
    
    @property
    def link_error(self) -> openub_link_EVENT_STATUS_link_error_0x8b337232e480b7767a33a6a324adf44b50d03fbaa5a23b3225ef7ab85c66a690_cls:
        """
        Property to access link_error field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The link entered ERROR (retrains exhausted); it stays there     |
        |              |      until CTRL.reset_link.</p>                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__link_error
    @property
    def retrain(self) -> openub_link_EVENT_STATUS_retrain_0xbaed8e379f6f2c166c63b082fe8f5e58aac35c2708bad29ca33eb896c69c21f5_cls:
        """
        Property to access retrain field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The receiver asked the PHY to retrain (RETRY_MAX retry requests |
        |              |      failed).</p>                                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__retrain
    @property
    def credit_overflow(self) -> openub_link_EVENT_STATUS_credit_overflow_0xb81af81e38b251d1d4a21c0e355a2b0ef857fb0a21b7c290b043ae9595da19c5_cls:
        """
        Property to access credit_overflow field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The peer returned more credits than it granted                  |
        |              |      (CREDIT_OVERFLOW).</p>                                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__credit_overflow
    @property
    def malformed(self) -> openub_link_EVENT_STATUS_malformed_0x3d3ffe76fe1833ac49f0e522369dcd7f5f5ccff521c4af290bf1772984be96b3_cls:
        """
        Property to access malformed field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A data packet with a good CRC and an invalid header arrived     |
        |              |      (MALFORMED).</p>                                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__malformed
    @property
    def lane_degraded(self) -> openub_link_EVENT_STATUS_lane_degraded_0x1e5e623438aaecc505bf58f39a7c69005b916679b4d47a48815f44211aa2a3e1_cls:
        """
        Property to access lane_degraded field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A lane failed and the PHY dropped to a narrower width.</p>      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__lane_degraded
    @property
    def width_change_done(self) -> openub_link_EVENT_STATUS_width_change_done_0x3dbf4f93919096de634e49197a1524051246e77c53383227138c2a2fab440dce_cls:
        """
        Property to access width_change_done field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A width change requested through LANE_CTRL ended (DONE, TIMEOUT |
        |              |      or NAK: see STATUS.width_status).</p>                              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__width_change_done

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'link_error':'link_error','retrain':'retrain','credit_overflow':'credit_overflow','malformed':'malformed','lane_degraded':'lane_degraded','width_change_done':'width_change_done',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["link_error"]) -> 'openub_link_EVENT_STATUS_link_error_0x8b337232e480b7767a33a6a324adf44b50d03fbaa5a23b3225ef7ab85c66a690_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["retrain"]) -> 'openub_link_EVENT_STATUS_retrain_0xbaed8e379f6f2c166c63b082fe8f5e58aac35c2708bad29ca33eb896c69c21f5_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["credit_overflow"]) -> 'openub_link_EVENT_STATUS_credit_overflow_0xb81af81e38b251d1d4a21c0e355a2b0ef857fb0a21b7c290b043ae9595da19c5_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["malformed"]) -> 'openub_link_EVENT_STATUS_malformed_0x3d3ffe76fe1833ac49f0e522369dcd7f5f5ccff521c4af290bf1772984be96b3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["lane_degraded"]) -> 'openub_link_EVENT_STATUS_lane_degraded_0x1e5e623438aaecc505bf58f39a7c69005b916679b4d47a48815f44211aa2a3e1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["width_change_done"]) -> 'openub_link_EVENT_STATUS_width_change_done_0x3dbf4f93919096de634e49197a1524051246e77c53383227138c2a2fab440dce_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_EVENT_STATUS_link_error_0x8b337232e480b7767a33a6a324adf44b50d03fbaa5a23b3225ef7ab85c66a690_cls', 'openub_link_EVENT_STATUS_retrain_0xbaed8e379f6f2c166c63b082fe8f5e58aac35c2708bad29ca33eb896c69c21f5_cls', 'openub_link_EVENT_STATUS_credit_overflow_0xb81af81e38b251d1d4a21c0e355a2b0ef857fb0a21b7c290b043ae9595da19c5_cls', 'openub_link_EVENT_STATUS_malformed_0x3d3ffe76fe1833ac49f0e522369dcd7f5f5ccff521c4af290bf1772984be96b3_cls', 'openub_link_EVENT_STATUS_lane_degraded_0x1e5e623438aaecc505bf58f39a7c69005b916679b4d47a48815f44211aa2a3e1_cls', 'openub_link_EVENT_STATUS_width_change_done_0x3dbf4f93919096de634e49197a1524051246e77c53383227138c2a2fab440dce_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Event status"
    @property
    def rdl_desc(self) -> str:
        return "Sticky interrupt status. A bit is set by its event and stays set until\nsoftware writes 1 to it (write-one-to-clear). An event arriving in the same cycle as the\nclear keeps the bit set. The interrupt line is the OR of (EVENT_STATUS \u0026 EVENT_ENABLE)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.link_error
        yield self.retrain
        yield self.credit_overflow
        yield self.malformed
        yield self.lane_degraded
        yield self.width_change_done
        
        
    

    
    
class openub_link_EVENT_ENABLE_0xa111c5f9a5855cc2712e4f2fafdfb84111dcb00c5801e86b4af4d11db51dce41_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Event enable                                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Interrupt enable, one bit per EVENT_STATUS bit at the same      |
    |              |      position.</p>                                                      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__link_error', '__retrain', '__credit_overflow', '__malformed', '__lane_degraded', '__width_change_done']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__link_error:openub_link_EVENT_ENABLE_link_error_0x229c3075ee0ebbe0e4447dc8aab68b2eaf4df3b16f6636427af7389a213c67a2_cls = openub_link_EVENT_ENABLE_link_error_0x229c3075ee0ebbe0e4447dc8aab68b2eaf4df3b16f6636427af7389a213c67a2_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.link_error',
            inst_name='link_error',
            field_type=int)
        self.__retrain:openub_link_EVENT_ENABLE_retrain_0xde1104ea3cc55c27e0595d85cd92862d3ef67b914d48cf968e6efee7fa47ab80_cls = openub_link_EVENT_ENABLE_retrain_0xde1104ea3cc55c27e0595d85cd92862d3ef67b914d48cf968e6efee7fa47ab80_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.retrain',
            inst_name='retrain',
            field_type=int)
        self.__credit_overflow:openub_link_EVENT_ENABLE_credit_overflow_0xc9abdc12e65bf3eb5b850361deba09cf34867607e944bd29dd8394e721ad51e3_cls = openub_link_EVENT_ENABLE_credit_overflow_0xc9abdc12e65bf3eb5b850361deba09cf34867607e944bd29dd8394e721ad51e3_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.credit_overflow',
            inst_name='credit_overflow',
            field_type=int)
        self.__malformed:openub_link_EVENT_ENABLE_malformed_0xd9bdb0f56657c6016edf8886b167120a138cbd165c1111dc1c396c53895126c6_cls = openub_link_EVENT_ENABLE_malformed_0xd9bdb0f56657c6016edf8886b167120a138cbd165c1111dc1c396c53895126c6_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=3, msb=3,
                low=3, high=3),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.malformed',
            inst_name='malformed',
            field_type=int)
        self.__lane_degraded:openub_link_EVENT_ENABLE_lane_degraded_0x1fcb8225690497410cbe36b43dba5480fa07de6cd5fcef4bf2cc5251288b2eab_cls = openub_link_EVENT_ENABLE_lane_degraded_0x1fcb8225690497410cbe36b43dba5480fa07de6cd5fcef4bf2cc5251288b2eab_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=4, msb=4,
                low=4, high=4),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.lane_degraded',
            inst_name='lane_degraded',
            field_type=int)
        self.__width_change_done:openub_link_EVENT_ENABLE_width_change_done_0xc7d0b324aaea576e3abae63c08768f06baadf93e8c6cf28b1c91db89a21a8aab_cls = openub_link_EVENT_ENABLE_width_change_done_0xc7d0b324aaea576e3abae63c08768f06baadf93e8c6cf28b1c91db89a21a8aab_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=5, msb=5,
                low=5, high=5),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.width_change_done',
            inst_name='width_change_done',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,link_error : int,retrain : int,credit_overflow : int,malformed : int,lane_degraded : int,width_change_done : int,) -> int:
        return super().register_value(link_error=link_error,retrain=retrain,credit_overflow=credit_overflow,malformed=malformed,lane_degraded=lane_degraded,width_change_done=width_change_done,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,link_error : int,retrain : int,credit_overflow : int,malformed : int,lane_degraded : int,width_change_done : int,) -> None:
        return await super().write_all_fields_without_read(link_error=link_error,retrain=retrain,credit_overflow=credit_overflow,malformed=malformed,lane_degraded=lane_degraded,width_change_done=width_change_done,)
         
    

    # build the properties for the fields
    
    @property
    def link_error(self) -> openub_link_EVENT_ENABLE_link_error_0x229c3075ee0ebbe0e4447dc8aab68b2eaf4df3b16f6636427af7389a213c67a2_cls:
        """
        Property to access link_error field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.link_error onto the interrupt line.</p>     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__link_error
    @property
    def retrain(self) -> openub_link_EVENT_ENABLE_retrain_0xde1104ea3cc55c27e0595d85cd92862d3ef67b914d48cf968e6efee7fa47ab80_cls:
        """
        Property to access retrain field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.retrain onto the interrupt line.</p>        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__retrain
    @property
    def credit_overflow(self) -> openub_link_EVENT_ENABLE_credit_overflow_0xc9abdc12e65bf3eb5b850361deba09cf34867607e944bd29dd8394e721ad51e3_cls:
        """
        Property to access credit_overflow field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.credit_overflow onto the interrupt          |
        |              |      line.</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__credit_overflow
    @property
    def malformed(self) -> openub_link_EVENT_ENABLE_malformed_0xd9bdb0f56657c6016edf8886b167120a138cbd165c1111dc1c396c53895126c6_cls:
        """
        Property to access malformed field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.malformed onto the interrupt line.</p>      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__malformed
    @property
    def lane_degraded(self) -> openub_link_EVENT_ENABLE_lane_degraded_0x1fcb8225690497410cbe36b43dba5480fa07de6cd5fcef4bf2cc5251288b2eab_cls:
        """
        Property to access lane_degraded field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.lane_degraded onto the interrupt line.</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__lane_degraded
    @property
    def width_change_done(self) -> openub_link_EVENT_ENABLE_width_change_done_0xc7d0b324aaea576e3abae63c08768f06baadf93e8c6cf28b1c91db89a21a8aab_cls:
        """
        Property to access width_change_done field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.width_change_done onto the interrupt        |
        |              |      line.</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__width_change_done

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'link_error':'link_error','retrain':'retrain','credit_overflow':'credit_overflow','malformed':'malformed','lane_degraded':'lane_degraded','width_change_done':'width_change_done',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["link_error"]) -> 'openub_link_EVENT_ENABLE_link_error_0x229c3075ee0ebbe0e4447dc8aab68b2eaf4df3b16f6636427af7389a213c67a2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["retrain"]) -> 'openub_link_EVENT_ENABLE_retrain_0xde1104ea3cc55c27e0595d85cd92862d3ef67b914d48cf968e6efee7fa47ab80_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["credit_overflow"]) -> 'openub_link_EVENT_ENABLE_credit_overflow_0xc9abdc12e65bf3eb5b850361deba09cf34867607e944bd29dd8394e721ad51e3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["malformed"]) -> 'openub_link_EVENT_ENABLE_malformed_0xd9bdb0f56657c6016edf8886b167120a138cbd165c1111dc1c396c53895126c6_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["lane_degraded"]) -> 'openub_link_EVENT_ENABLE_lane_degraded_0x1fcb8225690497410cbe36b43dba5480fa07de6cd5fcef4bf2cc5251288b2eab_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["width_change_done"]) -> 'openub_link_EVENT_ENABLE_width_change_done_0xc7d0b324aaea576e3abae63c08768f06baadf93e8c6cf28b1c91db89a21a8aab_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_EVENT_ENABLE_link_error_0x229c3075ee0ebbe0e4447dc8aab68b2eaf4df3b16f6636427af7389a213c67a2_cls', 'openub_link_EVENT_ENABLE_retrain_0xde1104ea3cc55c27e0595d85cd92862d3ef67b914d48cf968e6efee7fa47ab80_cls', 'openub_link_EVENT_ENABLE_credit_overflow_0xc9abdc12e65bf3eb5b850361deba09cf34867607e944bd29dd8394e721ad51e3_cls', 'openub_link_EVENT_ENABLE_malformed_0xd9bdb0f56657c6016edf8886b167120a138cbd165c1111dc1c396c53895126c6_cls', 'openub_link_EVENT_ENABLE_lane_degraded_0x1fcb8225690497410cbe36b43dba5480fa07de6cd5fcef4bf2cc5251288b2eab_cls', 'openub_link_EVENT_ENABLE_width_change_done_0xc7d0b324aaea576e3abae63c08768f06baadf93e8c6cf28b1c91db89a21a8aab_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Event enable"
    @property
    def rdl_desc(self) -> str:
        return "Interrupt enable, one bit per EVENT_STATUS bit at the same position."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.link_error
        yield self.retrain
        yield self.credit_overflow
        yield self.malformed
        yield self.lane_degraded
        yield self.width_change_done
        
        
    

    
    
class openub_link_LLR_TIMERS_0xfcc7d36ce7a9ab79371672bf3117fe3b13829971781b69fc2c73f6c78032d076_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Link-level retry timers                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Sender-side timers that keep a lossy link moving when the       |
    |              |      receiver cannot see a loss: a data packet lost whole as the last   |
    |              |      one sent, or the last control block lost.</p>                      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__ack_timeout', '__refresh_interval']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__ack_timeout:openub_link_LLR_TIMERS_ack_timeout_0x2eef31bd97d8334cb74ff7dfabe7ab511d3d3affaee1ed9920ff68e61e3fd9e9_cls = openub_link_LLR_TIMERS_ack_timeout_0x2eef31bd97d8334cb74ff7dfabe7ab511d3d3affaee1ed9920ff68e61e3fd9e9_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=2048,
                is_volatile=False),
            logger_handle=logger_handle+'.ack_timeout',
            inst_name='ack_timeout',
            field_type=int)
        self.__refresh_interval:openub_link_LLR_TIMERS_refresh_interval_0x4e1ff6910ecab3921088cb25570f9c67705d3396c2f550e23033f99bec04b543_cls = openub_link_LLR_TIMERS_refresh_interval_0x4e1ff6910ecab3921088cb25570f9c67705d3396c2f550e23033f99bec04b543_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=1024,
                is_volatile=False),
            logger_handle=logger_handle+'.refresh_interval',
            inst_name='refresh_interval',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,ack_timeout : int,refresh_interval : int,) -> int:
        return super().register_value(ack_timeout=ack_timeout,refresh_interval=refresh_interval,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,ack_timeout : int,refresh_interval : int,) -> None:
        return await super().write_all_fields_without_read(ack_timeout=ack_timeout,refresh_interval=refresh_interval,)
         
    

    # build the properties for the fields
    
    @property
    def ack_timeout(self) -> openub_link_LLR_TIMERS_ack_timeout_0x2eef31bd97d8334cb74ff7dfabe7ab511d3d3affaee1ed9920ff68e61e3fd9e9_cls:
        """
        Property to access ack_timeout field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>ACK timeout in cycles: with packets unacknowledged and no ACK   |
        |              |      for this long, the transmitter replays from the oldest             |
        |              |      unacknowledged packet. 0 disables it. Set it above                 |
        |              |      CTRL.ctl_interval plus one MTU packet plus the round trip.</p>     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ack_timeout
    @property
    def refresh_interval(self) -> openub_link_LLR_TIMERS_refresh_interval_0x4e1ff6910ecab3921088cb25570f9c67705d3396c2f550e23033f99bec04b543_cls:
        """
        Property to access refresh_interval field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Control block refresh in cycles: the transmitter repeats its    |
        |              |      last acknowledgement and cumulative credits at least this often,   |
        |              |      so a lost control block is replaced even when nothing changes. 0   |
        |              |      disables it.</p>                                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__refresh_interval

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'ack_timeout':'ack_timeout','refresh_interval':'refresh_interval',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ack_timeout"]) -> 'openub_link_LLR_TIMERS_ack_timeout_0x2eef31bd97d8334cb74ff7dfabe7ab511d3d3affaee1ed9920ff68e61e3fd9e9_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["refresh_interval"]) -> 'openub_link_LLR_TIMERS_refresh_interval_0x4e1ff6910ecab3921088cb25570f9c67705d3396c2f550e23033f99bec04b543_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_LLR_TIMERS_ack_timeout_0x2eef31bd97d8334cb74ff7dfabe7ab511d3d3affaee1ed9920ff68e61e3fd9e9_cls', 'openub_link_LLR_TIMERS_refresh_interval_0x4e1ff6910ecab3921088cb25570f9c67705d3396c2f550e23033f99bec04b543_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Link-level retry timers"
    @property
    def rdl_desc(self) -> str:
        return "Sender-side timers that keep a lossy link moving when the receiver cannot see a\nloss: a data packet lost whole as the last one sent, or the last control block lost."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.ack_timeout
        yield self.refresh_interval
        
        
    

    
    
class openub_link_counter_reg_0x397590793434cb5ad2be9c939c80c2a48068b423a127067b6de0fbef469be383_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Transmitted flits                                                  |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits sent to the PHY: data packet flits (replays included) and |
    |              |      control block flits.</p>                                           |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Transmitted flits"
    @property
    def rdl_desc(self) -> str:
        return "Flits sent to the PHY: data packet flits (replays included) and control block flits."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x80c5b4862ea2d2037c907a4120cea4153df51c60ea937c812f5bf972a18b96f5_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Received flits                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits received from the PHY, data and control, whatever their   |
    |              |      CRC.</p>                                                           |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Received flits"
    @property
    def rdl_desc(self) -> str:
        return "Flits received from the PHY, data and control, whatever their CRC."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0xf10e5f26ab294ae88b6fbab3699bdd061bc7e63518f4b423dc6e0b9169ad0fa8_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Transmitted packets                                                |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Data packets sent for the first time (replays are not           |
    |              |      counted).</p>                                                      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Transmitted packets"
    @property
    def rdl_desc(self) -> str:
        return "Data packets sent for the first time (replays are not counted)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x1ad7ed0d49e7649190c3c013841fbd33942545bb8ce23113018ac94e59e17372_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Received packets                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Data packets committed (good CRC, valid header, expected        |
    |              |      sequence number).</p>                                              |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Received packets"
    @property
    def rdl_desc(self) -> str:
        return "Data packets committed (good CRC, valid header, expected sequence number)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x2f1edc73f0fc14df4d662d523c5d2500ea9d939d1e5d87464df21dc2940250a1_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Control blocks sent                                                |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit/ack control blocks sent: credit init, update, retry      |
    |              |      request and retry acknowledgement blocks.</p>                      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Control blocks sent"
    @property
    def rdl_desc(self) -> str:
        return "Credit/ack control blocks sent: credit init, update, retry request and retry\nacknowledgement blocks."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x291deb5097e0486d212e3dc0b101e9a95dcf4d8035f25fa6fb917698a80d984b_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Control blocks received                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit/ack control blocks received with a good CRC.</p>         |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Control blocks received"
    @property
    def rdl_desc(self) -> str:
        return "Credit/ack control blocks received with a good CRC."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x7716999f8ebd6fa2f15d7c2671fdbd71951c6cae448b860b67ba72c4dc517cab_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data CRC errors                                                    |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Data packets received with a bad CRC.</p>                       |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data CRC errors"
    @property
    def rdl_desc(self) -> str:
        return "Data packets received with a bad CRC."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0xe7c2a9b76433016dcdaa93ce49f958388b17b6fe5f4ba14becccb33e51755386_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Control CRC errors                                                 |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Control blocks received with a bad CRC (dropped).</p>           |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Control CRC errors"
    @property
    def rdl_desc(self) -> str:
        return "Control blocks received with a bad CRC (dropped)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x2a917fabf173fcc5364ad3f42d960e018162d95ee1803dca3d0352ffb116c685_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Retry requests                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry requests sent (control blocks with retry_req), one per    |
    |              |      entry into the REQ state.</p>                                      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Retry requests"
    @property
    def rdl_desc(self) -> str:
        return "Retry requests sent (control blocks with retry_req), one per entry into the REQ\nstate."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0xd6f1a104c4753ad93cbf33446d8bdc3ee20e4b9b544090889a67251ad730c34f_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Replayed flits                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Data packet flits sent again from the replay buffer after a     |
    |              |      retry request of the peer.</p>                                     |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Replayed flits"
    @property
    def rdl_desc(self) -> str:
        return "Data packet flits sent again from the replay buffer after a retry request of the\npeer."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x8890514d42f134d0e90a33c7f157a03231605bea6d965b37de6a5ee16f286c98_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Duplicate packets                                                  |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Good data packets with an older sequence number than expected   |
    |              |      (replayed duplicates), dropped.</p>                                |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Duplicate packets"
    @property
    def rdl_desc(self) -> str:
        return "Good data packets with an older sequence number than expected (replayed duplicates),\ndropped."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x60ade00033deb2434a9b74080c6c811e865ef352a754be248276beb74983b823_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Sequence gaps                                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Good data packets with a newer sequence number than expected    |
    |              |      (an earlier packet was lost); with LLR each starts a retry.</p>    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Sequence gaps"
    @property
    def rdl_desc(self) -> str:
        return "Good data packets with a newer sequence number than expected (an earlier packet was\nlost); with LLR each starts a retry."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x708ddd676ba50009bbd3f2f29b6fa291cd107444065aa614ab4bb2b86f097856_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Lost packets                                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>With LLR disabled (CTRL.llr_en = 0): data packets dropped for a |
    |              |      bad CRC, an invalid header or a sequence gap.</p>                  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Lost packets"
    @property
    def rdl_desc(self) -> str:
        return "With LLR disabled (CTRL.llr_en = 0): data packets dropped for a bad CRC, an invalid\nheader or a sequence gap."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0xae27a0c72b34976d9d3ae595dad30ab0ad01bb8869ceba48e42e6e7345bcc7f8_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Malformed packets                                                  |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Data packets with a good CRC but an invalid header: cfg not a   |
    |              |      data packet type, plen not canonical, below 5 bytes or above the   |
    |              |      maximum, or a flit count that does not match plen.</p>             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Malformed packets"
    @property
    def rdl_desc(self) -> str:
        return "Data packets with a good CRC but an invalid header: cfg not a data packet type, plen\nnot canonical, below 5 bytes or above the maximum, or a flit count that does not\nmatch plen."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x7f91de7d4710d1ad53dd2cdf10e2a9eb7dd2cc60bfd236afbbf0714c7ea72222_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Credit overflows                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit returns that would have raised the credits of a VL above |
    |              |      the initial credits of the peer (the credits saturate).</p>        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Credit overflows"
    @property
    def rdl_desc(self) -> str:
        return "Credit returns that would have raised the credits of a VL above the initial credits\nof the peer (the credits saturate)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x1084db1adcb0a159c72c7b5caef2597bbbcd3dedf47bfc9f142a63118c8addee_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Lane width changes                                                 |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Completed lane width changes of this end, requested through     |
    |              |      LANE_CTRL or forced by a lane failure.</p>                         |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Lane width changes"
    @property
    def rdl_desc(self) -> str:
        return "Completed lane width changes of this end, requested through LANE_CTRL or forced by a\nlane failure."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0xe26889620c498d2a8610e9edf62273709209f9ee106b085aea9e7e5066dd8ad0_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Retry acknowledgement timeouts                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Waits for a retry acknowledgement longer than                   |
    |              |      RETRY_CFG.wait_retry_ack_timeout cycles (WAIT back to REQ).</p>    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Retry acknowledgement timeouts"
    @property
    def rdl_desc(self) -> str:
        return "Waits for a retry acknowledgement longer than RETRY_CFG.wait_retry_ack_timeout\ncycles (WAIT back to REQ)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0x1a4d37a027bb161c0c91a8d9ff3d338a8f97de2444885e85d74e805f21fe579b_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Bad packets from the network layer                                 |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Packets offered to the transmitter on a VL the link does not    |
    |              |      implement or longer than the MTU: dropped whole, never sent.</p>   |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__count']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__count:openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,) -> int:
        return super().register_value(count=count,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,) -> None:
        return await super().write_all_fields_without_read(count=count,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Saturating count (stops at 0xFFFFFFFF). Any write clears it     |
        |              |      (with a partial WSTRB, only the written byte lanes).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Bad packets from the network layer"
    @property
    def rdl_desc(self) -> str:
        return "Packets offered to the transmitter on a VL the link does not implement or\nlonger than the MTU: dropped whole, never sent."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    


if __name__ == '__main__':
    pass