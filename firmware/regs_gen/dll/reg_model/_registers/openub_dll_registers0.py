

"""
Python Wrapper for the openub_dll register model

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






from .fields import openub_dll_DL_CAP_0_VL_ENABLE_pro_0xe680826f20e2db6fb6b339b0e7376583ef70f228a495aae70bf06c49d1cc0979_cls
from .fields import openub_dll_DL_CAP_0_FLOW_CTRL_SIZE_pro_0x7714ee0395a78ba920c4995238488fcf518efba724a1f9c743569f89043a56ff_cls
from .fields import openub_dll_DL_CAP_0_PACKET_MIN_INTERVAL_0x2c5154d73caa72372d5e9097c44ed5c79da56f00abfc70aa79314314a275dea6_cls
from .fields import openub_dll_DL_CAP_1_RETRY_BUF_DEPTH_0x239d56ffd55cc9e1b1fe6be8d4a945551c023317f703e1870bb462dbfa1dbc82_cls
from .fields import openub_dll_DL_CFG_0_DATA_ACK_GRAIN_SIZE_cfg_0x3b39d07755cf2be92a47175fd4ee68569e487ce04d9201d0b9dc394a0550ddb7_cls
from .fields import openub_dll_DL_CFG_0_CTRL_ACK_GRAIN_SIZE_cfg_0xe77320b328d932722a365b5dad37f4f7ec03310627db919086fddb5a1d4136a5_cls
from .fields import openub_dll_DL_CFG_0_RXBUF_VL_SHARE_cfg_0xb4ca1eaff85f9ff2444656088de4048059a4649a4521eac7a6c961343360d82d_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls
from .fields import openub_dll_DL_CFG_9_VL_ENABLE_cfg_0x6b66bb9a021dc76e4548f1f9ec3299a8cac682cc6c8d4a150315c3ae9f6e728d_cls
from .fields import openub_dll_DL_CFG_9_FLOW_CTRL_SIZE_cfg_0xe95e9307258120e2253efe8a6f831dfa4a15e46cb39cc17077da7b968403fad2_cls
from .fields import openub_dll_DL_CFG_9_PACKET_MIN_INTERVAL_0xd6a78c3c48429077f3544d3b035702c5144426c9864c86583872b128ddb5f78e_cls
from .fields import openub_dll_DL_CFG_10_RETRY_BUF_DEPTH_0xd9f76e68933f0a9118c75b616c047d66becc3ebb64165ef2d1255d14f9fdf83b_cls
from .fields import openub_dll_DL_CFG_11_FEATURE_ID_cfg_0x463643915733466e21273abbfcc84eaf827933c0a86c7201169d12d6cecf2cd1_cls
from .fields import openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls
from .fields import openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls
from .fields import openub_dll_PERF_OPT_CFG_Cfg_Ack_Return_0x1ff54b6f11e394bd7afea4c584af29959ba6a54a53284998de390073b1c6733c_cls
from .fields import openub_dll_PERF_OPT_CFG_Cfg_Ack_Llcrd_0x5797ccf55d0d40d5d2848f7a83b9322aaee8950425b9e12a9899bc447b57df30_cls
from .fields import openub_dll_DL_STA_0_DATA_ACK_GRAIN_SIZE_sta_0x8702df4070aa886136d7700fbd61a48ba9dce99aa24a29d7d9533efb6618e1c1_cls
from .fields import openub_dll_DL_STA_0_CTRL_ACK_GRAIN_SIZE_sta_0xbac950174844aace8177115a26a44ec26fee66ddb86543a25cc6664e3fc174f9_cls
from .fields import openub_dll_DL_STA_0_RXBUF_VL_SHARE_sta_0x22fc28e7ddd8b0a0b18d8961cd12e8f395973bad47fe68b0b88127880f77dc85_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls
from .fields import openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls
from .fields import openub_dll_DL_STA_9_VL_ENABLE_sta_0xf08d197a9902573008a6f1e8e292b353839cccad0ef6dcba136767941f1323a_cls
from .fields import openub_dll_DL_STA_9_FLOW_CTRL_SIZE_sta_0x23aacf74aefece501ba15ebfafc76b8090a889565285e396f631008be35d9a9c_cls
from .fields import openub_dll_DL_STA_9_PACKET_MIN_INTERVAL_sta_0x347ab8694d2edd5352931ea4f8dfed03b9977324193979b33328db09700bf2d0_cls
from .fields import openub_dll_DL_STA_10_FEATURE_ID_sta_0xa7c94150f6a592096143f2b93f10e6fba4c5b6b66a384424b2a76a559824f8df_cls
from .fields import openub_dll_DL_STA_11_RETRY_BUF_DEPTH_sta_0x675b23687f62d6a0fc014e88b330bd84c5f6d35797648feeae39ed4a39b267f0_cls
from .fields import openub_dll_DL_SM_STATUS_Link_Status_0x7fec43f470f2ea18f8194d1317e7725b79bd9b455a728d795ae622e79293d382_cls
from .fields import openub_dll_DL_SM_STATUS_Retry_Req_Status_0x9110b3b94f4eabac501dca09e7d3f4b8e468289366a643dfc12c70ba02fc76d9_cls
from .fields import openub_dll_DL_SM_STATUS_Retry_Ack_Status_0xbb863752330fa0eef6289f23b25247e18642259758867ccf8049b9ac70aeb630_cls
from .fields import openub_dll_PORT_LINK_STATUS_0_PHY_LinkUp_0x5f4bd147a1a5ff1f02591afb6b956a644222faac3be625cce22851548ca91585_cls
from .fields import openub_dll_PORT_LINK_STATUS_0_DL_Normal_0x41014a7dcd60681ab56a38c546291798b16c5aaa6e5df68a6138b653887f2bea_cls
from .fields import openub_dll_PORT_LINK_STATUS_0_width_status_0x7212b280d0a93f51caf122273c517df6e70ed3a5bc4a28939eddc7c20cd9f000_cls
from .fields import openub_dll_PORT_LINK_STATUS_0_tx_width_0x4e480b3e448d419abde7222cd4c4d5927081419dadae57893573f428590f9271_cls
from .fields import openub_dll_PORT_LINK_STATUS_0_rx_width_0xe14e6c77d28d4d432b33cc77e81c78b1752041daccc94d5ed506a5fe6f7920df_cls
from .fields import openub_dll_PORT_LINK_STATUS_0_lanes_ok_0xd18c82b80680724cb47263d61b1135c3bcd433a59ed6557f3618aeb2a693784a_cls
from .fields import openub_dll_DL_CTRL_enable_0xeeb95499c10a5b419ec210ba66368b0c43ab14e5ce95eec954dd895dedde8e09_cls
from .fields import openub_dll_DL_CTRL_ubfm_reset_0x9a72fca4fe5184a17dbfc2fc8517a9a855a78f347e94d7170e93ead2527c11bb_cls
from .fields import openub_dll_DL_CTRL_retry_off_0xcc705a520362d313c5c0535669bfafc87209cfbe08413142bbc11229236ed7aa_cls
from .fields import openub_dll_DL_RETRY_CFG_WAIT_TIMEOUT_us_0x735c1612110015c25563713ed478315b88774b114366b23260e531a05d73305f_cls
from .fields import openub_dll_DL_RETRY_CFG_NUM_RETRY_THRESHOLD_0x1469aea52647e8765b2485ff26b3026edd3cfae961c7dd844c312a897a70a6e4_cls
from .fields import openub_dll_DL_RETRY_CFG_NUM_PHY_REINIT_THRESHOLD_0x7688f88f8ed9dd31d7dbddad6033158c002234a7f98e7b0272a67655fa01d039_cls
from .fields import openub_dll_DL_CRD_CFG_crd_timeout_us_0x71fe8af18086282e006e4a3f7db1de94ed32785585d473d07269b86f365a4e73_cls
from .fields import openub_dll_DL_CRD_CFG_lockout_threshold_0xc3afc13796bb0ac28f313ff10a372b15c4a908c6bc8830cf6e67a09eb7c03a61_cls
from .fields import openub_dll_LANE_CTRL_target_width_0xeb3385a3d6cc60c55387f3cb4b55ef36953bf969574da012f9f190d673f2a006_cls
from .fields import openub_dll_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls
from .fields import openub_dll_LANE_CTRL_width_timeout_0x7a2df93ae98ecd371c21cef5901afa3480e476de783e5537aac8f9f359e7131_cls
from .fields import openub_dll_DL_RETRY_STATUS_NumFreeBuf_0xbe540bb3beeeb8f11761b86f6c71f3b060b895e095a879de62626684f6d75939_cls
from .fields import openub_dll_DL_RETRY_STATUS_RcvPtr_0x9cff164c284383cfa864b4ebdc5d6cb61846159b1f4515377628c46d8591a9ee_cls

# register definitions
    
    
class openub_dll_DL_CAP_0_0x1ff163c3c30d83d73e6aa6d7d64378c2e44ec04d35df5808de16d63a84ad734e_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Capability (0xb)                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>What this end offers (read-only; E4 4.4, Z D.6.2.1).</p>        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__VL_ENABLE_pro', '__FLOW_CTRL_SIZE_pro', '__PACKET_MIN_INTERVAL']

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
        
        self.__VL_ENABLE_pro:openub_dll_DL_CAP_0_VL_ENABLE_pro_0xe680826f20e2db6fb6b339b0e7376583ef70f228a495aae70bf06c49d1cc0979_cls = openub_dll_DL_CAP_0_VL_ENABLE_pro_0xe680826f20e2db6fb6b339b0e7376583ef70f228a495aae70bf06c49d1cc0979_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.VL_ENABLE_pro',
            inst_name='VL_ENABLE_pro',
            field_type=int)
        self.__FLOW_CTRL_SIZE_pro:openub_dll_DL_CAP_0_FLOW_CTRL_SIZE_pro_0x7714ee0395a78ba920c4995238488fcf518efba724a1f9c743569f89043a56ff_cls = openub_dll_DL_CAP_0_FLOW_CTRL_SIZE_pro_0x7714ee0395a78ba920c4995238488fcf518efba724a1f9c743569f89043a56ff_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.FLOW_CTRL_SIZE_pro',
            inst_name='FLOW_CTRL_SIZE_pro',
            field_type=int)
        self.__PACKET_MIN_INTERVAL:openub_dll_DL_CAP_0_PACKET_MIN_INTERVAL_0x2c5154d73caa72372d5e9097c44ed5c79da56f00abfc70aa79314314a275dea6_cls = openub_dll_DL_CAP_0_PACKET_MIN_INTERVAL_0x2c5154d73caa72372d5e9097c44ed5c79da56f00abfc70aa79314314a275dea6_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.PACKET_MIN_INTERVAL',
            inst_name='PACKET_MIN_INTERVAL',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,VL_ENABLE_pro : int,FLOW_CTRL_SIZE_pro : int,PACKET_MIN_INTERVAL : int,) -> int:
        return super().register_value(VL_ENABLE_pro=VL_ENABLE_pro,FLOW_CTRL_SIZE_pro=FLOW_CTRL_SIZE_pro,PACKET_MIN_INTERVAL=PACKET_MIN_INTERVAL,)
    

    

    

    # build the properties for the fields
    
    @property
    def VL_ENABLE_pro(self) -> openub_dll_DL_CAP_0_VL_ENABLE_pro_0xe680826f20e2db6fb6b339b0e7376583ef70f228a495aae70bf06c49d1cc0979_cls:
        """
        Property to access VL_ENABLE_pro field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VLs this end implements, bit v = VL v.</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VL_ENABLE_pro
    @property
    def FLOW_CTRL_SIZE_pro(self) -> openub_dll_DL_CAP_0_FLOW_CTRL_SIZE_pro_0x7714ee0395a78ba920c4995238488fcf518efba724a1f9c743569f89043a56ff_cls:
        """
        Property to access FLOW_CTRL_SIZE_pro field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cell sizes this end supports, bit k = 2**k flits per cell.</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__FLOW_CTRL_SIZE_pro
    @property
    def PACKET_MIN_INTERVAL(self) -> openub_dll_DL_CAP_0_PACKET_MIN_INTERVAL_0x2c5154d73caa72372d5e9097c44ed5c79da56f00abfc70aa79314314a275dea6_cls:
        """
        Property to access PACKET_MIN_INTERVAL field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Smallest gap this end needs between DLLDPs, in flits (1:        |
        |              |      none).</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PACKET_MIN_INTERVAL

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'VL_ENABLE_pro':'VL_ENABLE_pro','FLOW_CTRL_SIZE_pro':'FLOW_CTRL_SIZE_pro','PACKET_MIN_INTERVAL':'PACKET_MIN_INTERVAL',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_ENABLE_pro"]) -> 'openub_dll_DL_CAP_0_VL_ENABLE_pro_0xe680826f20e2db6fb6b339b0e7376583ef70f228a495aae70bf06c49d1cc0979_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["FLOW_CTRL_SIZE_pro"]) -> 'openub_dll_DL_CAP_0_FLOW_CTRL_SIZE_pro_0x7714ee0395a78ba920c4995238488fcf518efba724a1f9c743569f89043a56ff_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PACKET_MIN_INTERVAL"]) -> 'openub_dll_DL_CAP_0_PACKET_MIN_INTERVAL_0x2c5154d73caa72372d5e9097c44ed5c79da56f00abfc70aa79314314a275dea6_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_CAP_0_VL_ENABLE_pro_0xe680826f20e2db6fb6b339b0e7376583ef70f228a495aae70bf06c49d1cc0979_cls', 'openub_dll_DL_CAP_0_FLOW_CTRL_SIZE_pro_0x7714ee0395a78ba920c4995238488fcf518efba724a1f9c743569f89043a56ff_cls', 'openub_dll_DL_CAP_0_PACKET_MIN_INTERVAL_0x2c5154d73caa72372d5e9097c44ed5c79da56f00abfc70aa79314314a275dea6_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Capability (0xb)"
    @property
    def rdl_desc(self) -> str:
        return "What this end offers (read-only; E4 4.4, Z D.6.2.1)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.VL_ENABLE_pro
        yield self.FLOW_CTRL_SIZE_pro
        yield self.PACKET_MIN_INTERVAL
        
        
    

    
    
class openub_dll_DL_CAP_1_0x17baae8e5669d6c1ea00d36b7af9f2c500f76c5e0aa6590f2595979193ad2b0_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Capability (0xc)                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The retry buffer of this end (read-only).</p>                   |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__RETRY_BUF_DEPTH']

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
        
        self.__RETRY_BUF_DEPTH:openub_dll_DL_CAP_1_RETRY_BUF_DEPTH_0x239d56ffd55cc9e1b1fe6be8d4a945551c023317f703e1870bb462dbfa1dbc82_cls = openub_dll_DL_CAP_1_RETRY_BUF_DEPTH_0x239d56ffd55cc9e1b1fe6be8d4a945551c023317f703e1870bb462dbfa1dbc82_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=20,
                lsb=0, msb=19,
                low=0, high=19),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.RETRY_BUF_DEPTH',
            inst_name='RETRY_BUF_DEPTH',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,RETRY_BUF_DEPTH : int,) -> int:
        return super().register_value(RETRY_BUF_DEPTH=RETRY_BUF_DEPTH,)
    

    

    

    # build the properties for the fields
    
    @property
    def RETRY_BUF_DEPTH(self) -> openub_dll_DL_CAP_1_RETRY_BUF_DEPTH_0x239d56ffd55cc9e1b1fe6be8d4a945551c023317f703e1870bb462dbfa1dbc82_cls:
        """
        Property to access RETRY_BUF_DEPTH field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry buffer depth in flits; the Init Block advertises this     |
        |              |      value whatever DL_CFG_10 says.</p>                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_BUF_DEPTH

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'RETRY_BUF_DEPTH':'RETRY_BUF_DEPTH',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_DL_CAP_1_RETRY_BUF_DEPTH_0x239d56ffd55cc9e1b1fe6be8d4a945551c023317f703e1870bb462dbfa1dbc82_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Capability (0xc)"
    @property
    def rdl_desc(self) -> str:
        return "The retry buffer of this end (read-only)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.RETRY_BUF_DEPTH
        
        
    

    
    
class openub_dll_DL_CFG_0_0x76c66f4e0878071dab05d5dc758b8268251941caeb07857e6b4025fa96006608_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x40)                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>ACK grains and buffer sharing to negotiate (E4 4.4, Table 4-9). |
    |              |      Like every DL_CFG register, read at DLL_Param_Init.</p>            |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DATA_ACK_GRAIN_SIZE_cfg', '__CTRL_ACK_GRAIN_SIZE_cfg', '__RXBUF_VL_SHARE_cfg']

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
        
        self.__DATA_ACK_GRAIN_SIZE_cfg:openub_dll_DL_CFG_0_DATA_ACK_GRAIN_SIZE_cfg_0x3b39d07755cf2be92a47175fd4ee68569e487ce04d9201d0b9dc394a0550ddb7_cls = openub_dll_DL_CFG_0_DATA_ACK_GRAIN_SIZE_cfg_0x3b39d07755cf2be92a47175fd4ee68569e487ce04d9201d0b9dc394a0550ddb7_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=32,
                is_volatile=False),
            logger_handle=logger_handle+'.DATA_ACK_GRAIN_SIZE_cfg',
            inst_name='DATA_ACK_GRAIN_SIZE_cfg',
            field_type=int)
        self.__CTRL_ACK_GRAIN_SIZE_cfg:openub_dll_DL_CFG_0_CTRL_ACK_GRAIN_SIZE_cfg_0xe77320b328d932722a365b5dad37f4f7ec03310627db919086fddb5a1d4136a5_cls = openub_dll_DL_CFG_0_CTRL_ACK_GRAIN_SIZE_cfg_0xe77320b328d932722a365b5dad37f4f7ec03310627db919086fddb5a1d4136a5_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.CTRL_ACK_GRAIN_SIZE_cfg',
            inst_name='CTRL_ACK_GRAIN_SIZE_cfg',
            field_type=int)
        self.__RXBUF_VL_SHARE_cfg:openub_dll_DL_CFG_0_RXBUF_VL_SHARE_cfg_0xb4ca1eaff85f9ff2444656088de4048059a4649a4521eac7a6c961343360d82d_cls = openub_dll_DL_CFG_0_RXBUF_VL_SHARE_cfg_0xb4ca1eaff85f9ff2444656088de4048059a4649a4521eac7a6c961343360d82d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=16, msb=16,
                low=16, high=16),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.RXBUF_VL_SHARE_cfg',
            inst_name='RXBUF_VL_SHARE_cfg',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,DATA_ACK_GRAIN_SIZE_cfg : int,CTRL_ACK_GRAIN_SIZE_cfg : int,RXBUF_VL_SHARE_cfg : int,) -> int:
        return super().register_value(DATA_ACK_GRAIN_SIZE_cfg=DATA_ACK_GRAIN_SIZE_cfg,CTRL_ACK_GRAIN_SIZE_cfg=CTRL_ACK_GRAIN_SIZE_cfg,RXBUF_VL_SHARE_cfg=RXBUF_VL_SHARE_cfg,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,DATA_ACK_GRAIN_SIZE_cfg : int,CTRL_ACK_GRAIN_SIZE_cfg : int,RXBUF_VL_SHARE_cfg : int,) -> None:
        return await super().write_all_fields_without_read(DATA_ACK_GRAIN_SIZE_cfg=DATA_ACK_GRAIN_SIZE_cfg,CTRL_ACK_GRAIN_SIZE_cfg=CTRL_ACK_GRAIN_SIZE_cfg,RXBUF_VL_SHARE_cfg=RXBUF_VL_SHARE_cfg,)
         
    

    # build the properties for the fields
    
    @property
    def DATA_ACK_GRAIN_SIZE_cfg(self) -> openub_dll_DL_CFG_0_DATA_ACK_GRAIN_SIZE_cfg_0x3b39d07755cf2be92a47175fd4ee68569e487ce04d9201d0b9dc394a0550ddb7_cls:
        """
        Property to access DATA_ACK_GRAIN_SIZE_cfg field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>LPH/LBH ACK grains offered, bit k = 2**k flits; the smallest    |
        |              |      common one is used.</p>                                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DATA_ACK_GRAIN_SIZE_cfg
    @property
    def CTRL_ACK_GRAIN_SIZE_cfg(self) -> openub_dll_DL_CFG_0_CTRL_ACK_GRAIN_SIZE_cfg_0xe77320b328d932722a365b5dad37f4f7ec03310627db919086fddb5a1d4136a5_cls:
        """
        Property to access CTRL_ACK_GRAIN_SIZE_cfg field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Crd_Ack ACK_NUM grains offered, bit k = 2**k flits; the         |
        |              |      smallest common one is used.</p>                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTRL_ACK_GRAIN_SIZE_cfg
    @property
    def RXBUF_VL_SHARE_cfg(self) -> openub_dll_DL_CFG_0_RXBUF_VL_SHARE_cfg_0xb4ca1eaff85f9ff2444656088de4048059a4649a4521eac7a6c961343360d82d_cls:
        """
        Property to access RXBUF_VL_SHARE_cfg field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>1 offers credit sharing mode. OpenUB implements exclusive mode  |
        |              |      only: the reset value is 0 (the specification's is 1).</p>         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RXBUF_VL_SHARE_cfg

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DATA_ACK_GRAIN_SIZE_cfg':'DATA_ACK_GRAIN_SIZE_cfg','CTRL_ACK_GRAIN_SIZE_cfg':'CTRL_ACK_GRAIN_SIZE_cfg','RXBUF_VL_SHARE_cfg':'RXBUF_VL_SHARE_cfg',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DATA_ACK_GRAIN_SIZE_cfg"]) -> 'openub_dll_DL_CFG_0_DATA_ACK_GRAIN_SIZE_cfg_0x3b39d07755cf2be92a47175fd4ee68569e487ce04d9201d0b9dc394a0550ddb7_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTRL_ACK_GRAIN_SIZE_cfg"]) -> 'openub_dll_DL_CFG_0_CTRL_ACK_GRAIN_SIZE_cfg_0xe77320b328d932722a365b5dad37f4f7ec03310627db919086fddb5a1d4136a5_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXBUF_VL_SHARE_cfg"]) -> 'openub_dll_DL_CFG_0_RXBUF_VL_SHARE_cfg_0xb4ca1eaff85f9ff2444656088de4048059a4649a4521eac7a6c961343360d82d_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_CFG_0_DATA_ACK_GRAIN_SIZE_cfg_0x3b39d07755cf2be92a47175fd4ee68569e487ce04d9201d0b9dc394a0550ddb7_cls', 'openub_dll_DL_CFG_0_CTRL_ACK_GRAIN_SIZE_cfg_0xe77320b328d932722a365b5dad37f4f7ec03310627db919086fddb5a1d4136a5_cls', 'openub_dll_DL_CFG_0_RXBUF_VL_SHARE_cfg_0xb4ca1eaff85f9ff2444656088de4048059a4649a4521eac7a6c961343360d82d_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x40)"
    @property
    def rdl_desc(self) -> str:
        return "ACK grains and buffer sharing to negotiate (E4 4.4, Table 4-9). Like every DL_CFG register, read at DLL_Param_Init."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.DATA_ACK_GRAIN_SIZE_cfg
        yield self.CTRL_ACK_GRAIN_SIZE_cfg
        yield self.RXBUF_VL_SHARE_cfg
        
        
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x41..0x44)                               |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Crd_Ack CRD_NUM grains offered per VL, bit k = 2**k cells.      |
    |              |      Element i holds VLs 4i..4i+3, a byte each.</p>                     |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vl0', '__vl1', '__vl2', '__vl3']

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
        
        self.__vl0:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.vl0',
            inst_name='vl0',
            field_type=int)
        self.__vl1:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.vl1',
            inst_name='vl1',
            field_type=int)
        self.__vl2:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.vl2',
            inst_name='vl2',
            field_type=int)
        self.__vl3:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.vl3',
            inst_name='vl3',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vl0 : int,vl1 : int,vl2 : int,vl3 : int,) -> int:
        return super().register_value(vl0=vl0,vl1=vl1,vl2=vl2,vl3=vl3,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,vl0 : int,vl1 : int,vl2 : int,vl3 : int,) -> None:
        return await super().write_all_fields_without_read(vl0=vl0,vl1=vl1,vl2=vl2,vl3=vl3,)
         
    

    # build the properties for the fields
    
    @property
    def vl0(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls:
        """
        Property to access vl0 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+0.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl0
    @property
    def vl1(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls:
        """
        Property to access vl1 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+1.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl1
    @property
    def vl2(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls:
        """
        Property to access vl2 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+2.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl2
    @property
    def vl3(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls:
        """
        Property to access vl3 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+3.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl3

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vl0':'vl0','vl1':'vl1','vl2':'vl2','vl3':'vl3',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl0"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl1"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl2"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl3"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x41..0x44)"
    @property
    def rdl_desc(self) -> str:
        return "Crd_Ack CRD_NUM grains offered per VL, bit k = 2**k cells. Element i holds VLs 4i..4i+3, a byte each."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vl0
        yield self.vl1
        yield self.vl2
        yield self.vl3
        
        
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x41..0x44)                               |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Crd_Ack CRD_NUM grains offered per VL, bit k = 2**k cells.      |
    |              |      Element i holds VLs 4i..4i+3, a byte each.</p>                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__: list[str] = []

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    @property
    def _element_datatype(self) -> Type[RegAsyncReadWrite]:
        return openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x41..0x44)"
    @property
    def rdl_desc(self) -> str:
        return "Crd_Ack CRD_NUM grains offered per VL, bit k = 2**k cells. Element i holds VLs 4i..4i+3, a byte each."
    
    
    

    
    
class openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x45..0x48)                               |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>LPH/LBH CRD grains offered per VL, bit k = 2**k cells. Element  |
    |              |      i holds VLs 4i..4i+3, a byte each.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vl0', '__vl1', '__vl2', '__vl3']

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
        
        self.__vl0:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=4,
                is_volatile=False),
            logger_handle=logger_handle+'.vl0',
            inst_name='vl0',
            field_type=int)
        self.__vl1:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=4,
                is_volatile=False),
            logger_handle=logger_handle+'.vl1',
            inst_name='vl1',
            field_type=int)
        self.__vl2:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=4,
                is_volatile=False),
            logger_handle=logger_handle+'.vl2',
            inst_name='vl2',
            field_type=int)
        self.__vl3:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=4,
                is_volatile=False),
            logger_handle=logger_handle+'.vl3',
            inst_name='vl3',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vl0 : int,vl1 : int,vl2 : int,vl3 : int,) -> int:
        return super().register_value(vl0=vl0,vl1=vl1,vl2=vl2,vl3=vl3,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,vl0 : int,vl1 : int,vl2 : int,vl3 : int,) -> None:
        return await super().write_all_fields_without_read(vl0=vl0,vl1=vl1,vl2=vl2,vl3=vl3,)
         
    

    # build the properties for the fields
    
    @property
    def vl0(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls:
        """
        Property to access vl0 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+0.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl0
    @property
    def vl1(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls:
        """
        Property to access vl1 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+1.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl1
    @property
    def vl2(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls:
        """
        Property to access vl2 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+2.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl2
    @property
    def vl3(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls:
        """
        Property to access vl3 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+3.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl3

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vl0':'vl0','vl1':'vl1','vl2':'vl2','vl3':'vl3',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl0"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl1"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl2"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl3"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x45..0x48)"
    @property
    def rdl_desc(self) -> str:
        return "LPH/LBH CRD grains offered per VL, bit k = 2**k cells. Element i holds VLs 4i..4i+3, a byte each."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vl0
        yield self.vl1
        yield self.vl2
        yield self.vl3
        
        
class openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x45..0x48)                               |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>LPH/LBH CRD grains offered per VL, bit k = 2**k cells. Element  |
    |              |      i holds VLs 4i..4i+3, a byte each.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__: list[str] = []

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    @property
    def _element_datatype(self) -> Type[RegAsyncReadWrite]:
        return openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x45..0x48)"
    @property
    def rdl_desc(self) -> str:
        return "LPH/LBH CRD grains offered per VL, bit k = 2**k cells. Element i holds VLs 4i..4i+3, a byte each."
    
    
    

    
    
class openub_dll_DL_CFG_9_0xb946cdd432cb1189ceb51cf02706cea8598538bb0e5c888bc954e6e9c6f42317_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x49)                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cell size, VLs and DLLDP spacing to negotiate.</p>              |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__VL_ENABLE_cfg', '__FLOW_CTRL_SIZE_cfg', '__PACKET_MIN_INTERVAL']

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
        
        self.__VL_ENABLE_cfg:openub_dll_DL_CFG_9_VL_ENABLE_cfg_0x6b66bb9a021dc76e4548f1f9ec3299a8cac682cc6c8d4a150315c3ae9f6e728d_cls = openub_dll_DL_CFG_9_VL_ENABLE_cfg_0x6b66bb9a021dc76e4548f1f9ec3299a8cac682cc6c8d4a150315c3ae9f6e728d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=255,
                is_volatile=False),
            logger_handle=logger_handle+'.VL_ENABLE_cfg',
            inst_name='VL_ENABLE_cfg',
            field_type=int)
        self.__FLOW_CTRL_SIZE_cfg:openub_dll_DL_CFG_9_FLOW_CTRL_SIZE_cfg_0xe95e9307258120e2253efe8a6f831dfa4a15e46cb39cc17077da7b968403fad2_cls = openub_dll_DL_CFG_9_FLOW_CTRL_SIZE_cfg_0xe95e9307258120e2253efe8a6f831dfa4a15e46cb39cc17077da7b968403fad2_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=8,
                is_volatile=False),
            logger_handle=logger_handle+'.FLOW_CTRL_SIZE_cfg',
            inst_name='FLOW_CTRL_SIZE_cfg',
            field_type=int)
        self.__PACKET_MIN_INTERVAL:openub_dll_DL_CFG_9_PACKET_MIN_INTERVAL_0xd6a78c3c48429077f3544d3b035702c5144426c9864c86583872b128ddb5f78e_cls = openub_dll_DL_CFG_9_PACKET_MIN_INTERVAL_0xd6a78c3c48429077f3544d3b035702c5144426c9864c86583872b128ddb5f78e_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.PACKET_MIN_INTERVAL',
            inst_name='PACKET_MIN_INTERVAL',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,VL_ENABLE_cfg : int,FLOW_CTRL_SIZE_cfg : int,PACKET_MIN_INTERVAL : int,) -> int:
        return super().register_value(VL_ENABLE_cfg=VL_ENABLE_cfg,FLOW_CTRL_SIZE_cfg=FLOW_CTRL_SIZE_cfg,PACKET_MIN_INTERVAL=PACKET_MIN_INTERVAL,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,VL_ENABLE_cfg : int,FLOW_CTRL_SIZE_cfg : int,PACKET_MIN_INTERVAL : int,) -> None:
        return await super().write_all_fields_without_read(VL_ENABLE_cfg=VL_ENABLE_cfg,FLOW_CTRL_SIZE_cfg=FLOW_CTRL_SIZE_cfg,PACKET_MIN_INTERVAL=PACKET_MIN_INTERVAL,)
         
    

    # build the properties for the fields
    
    @property
    def VL_ENABLE_cfg(self) -> openub_dll_DL_CFG_9_VL_ENABLE_cfg_0x6b66bb9a021dc76e4548f1f9ec3299a8cac682cc6c8d4a150315c3ae9f6e728d_cls:
        """
        Property to access VL_ENABLE_cfg field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VLs offered, bit v = VL v; the VLs both ends offer are          |
        |              |      used.</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VL_ENABLE_cfg
    @property
    def FLOW_CTRL_SIZE_cfg(self) -> openub_dll_DL_CFG_9_FLOW_CTRL_SIZE_cfg_0xe95e9307258120e2253efe8a6f831dfa4a15e46cb39cc17077da7b968403fad2_cls:
        """
        Property to access FLOW_CTRL_SIZE_cfg field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cell sizes offered, bit k = 2**k flits per cell; the smallest   |
        |              |      common one is used.</p>                                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__FLOW_CTRL_SIZE_cfg
    @property
    def PACKET_MIN_INTERVAL(self) -> openub_dll_DL_CFG_9_PACKET_MIN_INTERVAL_0xd6a78c3c48429077f3544d3b035702c5144426c9864c86583872b128ddb5f78e_cls:
        """
        Property to access PACKET_MIN_INTERVAL field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Gap this end asks between DLLDPs, in flits (negotiated; OpenUB  |
        |              |      sends no NOBs yet, so it accepts only 1).</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PACKET_MIN_INTERVAL

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'VL_ENABLE_cfg':'VL_ENABLE_cfg','FLOW_CTRL_SIZE_cfg':'FLOW_CTRL_SIZE_cfg','PACKET_MIN_INTERVAL':'PACKET_MIN_INTERVAL',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_ENABLE_cfg"]) -> 'openub_dll_DL_CFG_9_VL_ENABLE_cfg_0x6b66bb9a021dc76e4548f1f9ec3299a8cac682cc6c8d4a150315c3ae9f6e728d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["FLOW_CTRL_SIZE_cfg"]) -> 'openub_dll_DL_CFG_9_FLOW_CTRL_SIZE_cfg_0xe95e9307258120e2253efe8a6f831dfa4a15e46cb39cc17077da7b968403fad2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PACKET_MIN_INTERVAL"]) -> 'openub_dll_DL_CFG_9_PACKET_MIN_INTERVAL_0xd6a78c3c48429077f3544d3b035702c5144426c9864c86583872b128ddb5f78e_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_CFG_9_VL_ENABLE_cfg_0x6b66bb9a021dc76e4548f1f9ec3299a8cac682cc6c8d4a150315c3ae9f6e728d_cls', 'openub_dll_DL_CFG_9_FLOW_CTRL_SIZE_cfg_0xe95e9307258120e2253efe8a6f831dfa4a15e46cb39cc17077da7b968403fad2_cls', 'openub_dll_DL_CFG_9_PACKET_MIN_INTERVAL_0xd6a78c3c48429077f3544d3b035702c5144426c9864c86583872b128ddb5f78e_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x49)"
    @property
    def rdl_desc(self) -> str:
        return "Cell size, VLs and DLLDP spacing to negotiate."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.VL_ENABLE_cfg
        yield self.FLOW_CTRL_SIZE_cfg
        yield self.PACKET_MIN_INTERVAL
        
        
    

    
    
class openub_dll_DL_CFG_10_0xae163be501dc80a921b79a59a553cf4b44f83ceaf1f0e1a05ab915a6876760dc_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x4a)                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry buffer depth to advertise.</p>                            |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__RETRY_BUF_DEPTH']

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
        
        self.__RETRY_BUF_DEPTH:openub_dll_DL_CFG_10_RETRY_BUF_DEPTH_0xd9f76e68933f0a9118c75b616c047d66becc3ebb64165ef2d1255d14f9fdf83b_cls = openub_dll_DL_CFG_10_RETRY_BUF_DEPTH_0xd9f76e68933f0a9118c75b616c047d66becc3ebb64165ef2d1255d14f9fdf83b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=20,
                lsb=0, msb=19,
                low=0, high=19),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.RETRY_BUF_DEPTH',
            inst_name='RETRY_BUF_DEPTH',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,RETRY_BUF_DEPTH : int,) -> int:
        return super().register_value(RETRY_BUF_DEPTH=RETRY_BUF_DEPTH,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,RETRY_BUF_DEPTH : int,) -> None:
        return await super().write_all_fields_without_read(RETRY_BUF_DEPTH=RETRY_BUF_DEPTH,)
         
    

    # build the properties for the fields
    
    @property
    def RETRY_BUF_DEPTH(self) -> openub_dll_DL_CFG_10_RETRY_BUF_DEPTH_0xd9f76e68933f0a9118c75b616c047d66becc3ebb64165ef2d1255d14f9fdf83b_cls:
        """
        Property to access RETRY_BUF_DEPTH field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Kept for software; the Init Block carries                       |
        |              |      DL_CAP_1.RETRY_BUF_DEPTH (what the buffer has).</p>                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_BUF_DEPTH

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'RETRY_BUF_DEPTH':'RETRY_BUF_DEPTH',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_DL_CFG_10_RETRY_BUF_DEPTH_0xd9f76e68933f0a9118c75b616c047d66becc3ebb64165ef2d1255d14f9fdf83b_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x4a)"
    @property
    def rdl_desc(self) -> str:
        return "Retry buffer depth to advertise."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.RETRY_BUF_DEPTH
        
        
    

    
    
class openub_dll_DL_CFG_11_0x3f9ad8f973a4393dfd1d1567bfef477f3d22e8e244eb7644ccedf22bdba5a596_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Configuration (0x4b)                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Feature set to negotiate.</p>                                   |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__FEATURE_ID_cfg']

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
        
        self.__FEATURE_ID_cfg:openub_dll_DL_CFG_11_FEATURE_ID_cfg_0x463643915733466e21273abbfcc84eaf827933c0a86c7201169d12d6cecf2cd1_cls = openub_dll_DL_CFG_11_FEATURE_ID_cfg_0x463643915733466e21273abbfcc84eaf827933c0a86c7201169d12d6cecf2cd1_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.FEATURE_ID_cfg',
            inst_name='FEATURE_ID_cfg',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,FEATURE_ID_cfg : int,) -> int:
        return super().register_value(FEATURE_ID_cfg=FEATURE_ID_cfg,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,FEATURE_ID_cfg : int,) -> None:
        return await super().write_all_fields_without_read(FEATURE_ID_cfg=FEATURE_ID_cfg,)
         
    

    # build the properties for the fields
    
    @property
    def FEATURE_ID_cfg(self) -> openub_dll_DL_CFG_11_FEATURE_ID_cfg_0x463643915733466e21273abbfcc84eaf827933c0a86c7201169d12d6cecf2cd1_cls:
        """
        Property to access FEATURE_ID_cfg field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>FEATURE_ID sent in the Init Block.</p>                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__FEATURE_ID_cfg

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'FEATURE_ID_cfg':'FEATURE_ID_cfg',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_DL_CFG_11_FEATURE_ID_cfg_0x463643915733466e21273abbfcc84eaf827933c0a86c7201169d12d6cecf2cd1_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Configuration (0x4b)"
    @property
    def rdl_desc(self) -> str:
        return "Feature set to negotiate."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.FEATURE_ID_cfg
        
        
    

    
    
class openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Remote Init Credit Cfg (0x60..0x67)                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cfg Remote crd vlN: the initial credit granted to the peer in   |
    |              |      DLL_Credit_Init, in cells. It is capped at what the VL's receive   |
    |              |      buffer holds. Element i holds VLs 2i (bits 15:0) and 2i+1 (bits    |
    |              |      31:16).</p>                                                        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vl_lo', '__vl_hi']

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
        
        self.__vl_lo:openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls = openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=65535,
                is_volatile=False),
            logger_handle=logger_handle+'.vl_lo',
            inst_name='vl_lo',
            field_type=int)
        self.__vl_hi:openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls = openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=65535,
                is_volatile=False),
            logger_handle=logger_handle+'.vl_hi',
            inst_name='vl_hi',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vl_lo : int,vl_hi : int,) -> int:
        return super().register_value(vl_lo=vl_lo,vl_hi=vl_hi,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,vl_lo : int,vl_hi : int,) -> None:
        return await super().write_all_fields_without_read(vl_lo=vl_lo,vl_hi=vl_hi,)
         
    

    # build the properties for the fields
    
    @property
    def vl_lo(self) -> openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls:
        """
        Property to access vl_lo field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 2i.</p>                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl_lo
    @property
    def vl_hi(self) -> openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls:
        """
        Property to access vl_hi field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 2i+1.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl_hi

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vl_lo':'vl_lo','vl_hi':'vl_hi',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl_lo"]) -> 'openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl_hi"]) -> 'openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls', 'openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Remote Init Credit Cfg (0x60..0x67)"
    @property
    def rdl_desc(self) -> str:
        return "Cfg Remote crd vlN: the initial credit granted to the peer in DLL_Credit_Init, in cells. It is capped at what the VL\u0027s receive buffer holds. Element i holds VLs 2i (bits 15:0) and 2i+1 (bits 31:16)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vl_lo
        yield self.vl_hi
        
        
class openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Remote Init Credit Cfg (0x60..0x67)                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cfg Remote crd vlN: the initial credit granted to the peer in   |
    |              |      DLL_Credit_Init, in cells. It is capped at what the VL's receive   |
    |              |      buffer holds. Element i holds VLs 2i (bits 15:0) and 2i+1 (bits    |
    |              |      31:16).</p>                                                        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__: list[str] = []

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    @property
    def _element_datatype(self) -> Type[RegAsyncReadWrite]:
        return openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls

    @property
    def rdl_name(self) -> str:
        return "Data Link Remote Init Credit Cfg (0x60..0x67)"
    @property
    def rdl_desc(self) -> str:
        return "Cfg Remote crd vlN: the initial credit granted to the peer in DLL_Credit_Init, in cells. It is capped at what the VL\u0027s receive buffer holds. Element i holds VLs 2i (bits 15:0) and 2i+1 (bits 31:16)."
    
    
    

    
    
class openub_dll_PERF_OPT_CFG_0x32e0e7a5b311fba649de004c02303ad916760ad169ab6f039edfe8b8d5aae5f1_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Performance Optimization Cfg (ACK)                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The ACK watermarks of E4 4.6.3 in flits (0: off).</p>           |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__Cfg_Ack_Return', '__Cfg_Ack_Llcrd']

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
        
        self.__Cfg_Ack_Return:openub_dll_PERF_OPT_CFG_Cfg_Ack_Return_0x1ff54b6f11e394bd7afea4c584af29959ba6a54a53284998de390073b1c6733c_cls = openub_dll_PERF_OPT_CFG_Cfg_Ack_Return_0x1ff54b6f11e394bd7afea4c584af29959ba6a54a53284998de390073b1c6733c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=64,
                is_volatile=False),
            logger_handle=logger_handle+'.Cfg_Ack_Return',
            inst_name='Cfg_Ack_Return',
            field_type=int)
        self.__Cfg_Ack_Llcrd:openub_dll_PERF_OPT_CFG_Cfg_Ack_Llcrd_0x5797ccf55d0d40d5d2848f7a83b9322aaee8950425b9e12a9899bc447b57df30_cls = openub_dll_PERF_OPT_CFG_Cfg_Ack_Llcrd_0x5797ccf55d0d40d5d2848f7a83b9322aaee8950425b9e12a9899bc447b57df30_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.Cfg_Ack_Llcrd',
            inst_name='Cfg_Ack_Llcrd',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,Cfg_Ack_Return : int,Cfg_Ack_Llcrd : int,) -> int:
        return super().register_value(Cfg_Ack_Return=Cfg_Ack_Return,Cfg_Ack_Llcrd=Cfg_Ack_Llcrd,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,Cfg_Ack_Return : int,Cfg_Ack_Llcrd : int,) -> None:
        return await super().write_all_fields_without_read(Cfg_Ack_Return=Cfg_Ack_Return,Cfg_Ack_Llcrd=Cfg_Ack_Llcrd,)
         
    

    # build the properties for the fields
    
    @property
    def Cfg_Ack_Return(self) -> openub_dll_PERF_OPT_CFG_Cfg_Ack_Return_0x1ff54b6f11e394bd7afea4c584af29959ba6a54a53284998de390073b1c6733c_cls:
        """
        Property to access Cfg_Ack_Return field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>ACKs owed at or above this: a Crd_Ack is sent.</p>              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Cfg_Ack_Return
    @property
    def Cfg_Ack_Llcrd(self) -> openub_dll_PERF_OPT_CFG_Cfg_Ack_Llcrd_0x5797ccf55d0d40d5d2848f7a83b9322aaee8950425b9e12a9899bc447b57df30_cls:
        """
        Property to access Cfg_Ack_Llcrd field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>ACKs owed at or above this: DLLDPs are held back and a Crd_Ack  |
        |              |      is forced.</p>                                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Cfg_Ack_Llcrd

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'Cfg_Ack_Return':'Cfg_Ack_Return','Cfg_Ack_Llcrd':'Cfg_Ack_Llcrd',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Cfg_Ack_Return"]) -> 'openub_dll_PERF_OPT_CFG_Cfg_Ack_Return_0x1ff54b6f11e394bd7afea4c584af29959ba6a54a53284998de390073b1c6733c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Cfg_Ack_Llcrd"]) -> 'openub_dll_PERF_OPT_CFG_Cfg_Ack_Llcrd_0x5797ccf55d0d40d5d2848f7a83b9322aaee8950425b9e12a9899bc447b57df30_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_PERF_OPT_CFG_Cfg_Ack_Return_0x1ff54b6f11e394bd7afea4c584af29959ba6a54a53284998de390073b1c6733c_cls', 'openub_dll_PERF_OPT_CFG_Cfg_Ack_Llcrd_0x5797ccf55d0d40d5d2848f7a83b9322aaee8950425b9e12a9899bc447b57df30_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Performance Optimization Cfg (ACK)"
    @property
    def rdl_desc(self) -> str:
        return "The ACK watermarks of E4 4.6.3 in flits (0: off)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.Cfg_Ack_Return
        yield self.Cfg_Ack_Llcrd
        
        
    

    
    
class openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Performance Optimization Cfg (Cfg Crd Vn Return)         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit owed to the peer at or above this many cells: a Crd_Ack  |
    |              |      is sent (0: off). Element i holds VLs 2i (bits 15:0) and 2i+1      |
    |              |      (bits 31:16).</p>                                                  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vl_lo', '__vl_hi']

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
        
        self.__vl_lo:openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls = openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=8,
                is_volatile=False),
            logger_handle=logger_handle+'.vl_lo',
            inst_name='vl_lo',
            field_type=int)
        self.__vl_hi:openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls = openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=8,
                is_volatile=False),
            logger_handle=logger_handle+'.vl_hi',
            inst_name='vl_hi',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vl_lo : int,vl_hi : int,) -> int:
        return super().register_value(vl_lo=vl_lo,vl_hi=vl_hi,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,vl_lo : int,vl_hi : int,) -> None:
        return await super().write_all_fields_without_read(vl_lo=vl_lo,vl_hi=vl_hi,)
         
    

    # build the properties for the fields
    
    @property
    def vl_lo(self) -> openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls:
        """
        Property to access vl_lo field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 2i.</p>                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl_lo
    @property
    def vl_hi(self) -> openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls:
        """
        Property to access vl_hi field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 2i+1.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl_hi

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vl_lo':'vl_lo','vl_hi':'vl_hi',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl_lo"]) -> 'openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl_hi"]) -> 'openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls', 'openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Performance Optimization Cfg (Cfg Crd Vn Return)"
    @property
    def rdl_desc(self) -> str:
        return "Credit owed to the peer at or above this many cells: a Crd_Ack is sent (0: off). Element i holds VLs 2i (bits 15:0) and 2i+1 (bits 31:16)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vl_lo
        yield self.vl_hi
        
        
class openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Performance Optimization Cfg (Cfg Crd Vn Return)         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit owed to the peer at or above this many cells: a Crd_Ack  |
    |              |      is sent (0: off). Element i holds VLs 2i (bits 15:0) and 2i+1      |
    |              |      (bits 31:16).</p>                                                  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__: list[str] = []

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    @property
    def _element_datatype(self) -> Type[RegAsyncReadWrite]:
        return openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls

    @property
    def rdl_name(self) -> str:
        return "Data Link Performance Optimization Cfg (Cfg Crd Vn Return)"
    @property
    def rdl_desc(self) -> str:
        return "Credit owed to the peer at or above this many cells: a Crd_Ack is sent (0: off). Element i holds VLs 2i (bits 15:0) and 2i+1 (bits 31:16)."
    
    
    

    
    
class openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Performance Optimization Cfg (Cfg Crd Vn Llcrd)          |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit owed at or above this many cells: DLLDPs are held back   |
    |              |      and a Crd_Ack is forced (0: off). Element i holds VLs 2i and       |
    |              |      2i+1.</p>                                                          |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vl_lo', '__vl_hi']

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
        
        self.__vl_lo:openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls = openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.vl_lo',
            inst_name='vl_lo',
            field_type=int)
        self.__vl_hi:openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls = openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.vl_hi',
            inst_name='vl_hi',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vl_lo : int,vl_hi : int,) -> int:
        return super().register_value(vl_lo=vl_lo,vl_hi=vl_hi,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,vl_lo : int,vl_hi : int,) -> None:
        return await super().write_all_fields_without_read(vl_lo=vl_lo,vl_hi=vl_hi,)
         
    

    # build the properties for the fields
    
    @property
    def vl_lo(self) -> openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls:
        """
        Property to access vl_lo field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 2i.</p>                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl_lo
    @property
    def vl_hi(self) -> openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls:
        """
        Property to access vl_hi field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 2i+1.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl_hi

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vl_lo':'vl_lo','vl_hi':'vl_hi',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl_lo"]) -> 'openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl_hi"]) -> 'openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls', 'openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Performance Optimization Cfg (Cfg Crd Vn Llcrd)"
    @property
    def rdl_desc(self) -> str:
        return "Credit owed at or above this many cells: DLLDPs are held back and a Crd_Ack is forced (0: off). Element i holds VLs 2i and 2i+1."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vl_lo
        yield self.vl_hi
        
        
class openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Performance Optimization Cfg (Cfg Crd Vn Llcrd)          |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit owed at or above this many cells: DLLDPs are held back   |
    |              |      and a Crd_Ack is forced (0: off). Element i holds VLs 2i and       |
    |              |      2i+1.</p>                                                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__: list[str] = []

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    @property
    def _element_datatype(self) -> Type[RegAsyncReadWrite]:
        return openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls

    @property
    def rdl_name(self) -> str:
        return "Data Link Performance Optimization Cfg (Cfg Crd Vn Llcrd)"
    @property
    def rdl_desc(self) -> str:
        return "Credit owed at or above this many cells: DLLDPs are held back and a Crd_Ack is forced (0: off). Element i holds VLs 2i and 2i+1."
    
    
    

    
    
class openub_dll_DL_STA_0_0x99cac6e8a9144bdce9064538a2c7aa95bf543852ca5b364a96c05b13a238f315_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xa0)                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Negotiated ACK grains and sharing (one-hot, bit k = 2**k).</p>  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DATA_ACK_GRAIN_SIZE_sta', '__CTRL_ACK_GRAIN_SIZE_sta', '__RXBUF_VL_SHARE_sta']

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
        
        self.__DATA_ACK_GRAIN_SIZE_sta:openub_dll_DL_STA_0_DATA_ACK_GRAIN_SIZE_sta_0x8702df4070aa886136d7700fbd61a48ba9dce99aa24a29d7d9533efb6618e1c1_cls = openub_dll_DL_STA_0_DATA_ACK_GRAIN_SIZE_sta_0x8702df4070aa886136d7700fbd61a48ba9dce99aa24a29d7d9533efb6618e1c1_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.DATA_ACK_GRAIN_SIZE_sta',
            inst_name='DATA_ACK_GRAIN_SIZE_sta',
            field_type=int)
        self.__CTRL_ACK_GRAIN_SIZE_sta:openub_dll_DL_STA_0_CTRL_ACK_GRAIN_SIZE_sta_0xbac950174844aace8177115a26a44ec26fee66ddb86543a25cc6664e3fc174f9_cls = openub_dll_DL_STA_0_CTRL_ACK_GRAIN_SIZE_sta_0xbac950174844aace8177115a26a44ec26fee66ddb86543a25cc6664e3fc174f9_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.CTRL_ACK_GRAIN_SIZE_sta',
            inst_name='CTRL_ACK_GRAIN_SIZE_sta',
            field_type=int)
        self.__RXBUF_VL_SHARE_sta:openub_dll_DL_STA_0_RXBUF_VL_SHARE_sta_0x22fc28e7ddd8b0a0b18d8961cd12e8f395973bad47fe68b0b88127880f77dc85_cls = openub_dll_DL_STA_0_RXBUF_VL_SHARE_sta_0x22fc28e7ddd8b0a0b18d8961cd12e8f395973bad47fe68b0b88127880f77dc85_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=16, msb=16,
                low=16, high=16),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.RXBUF_VL_SHARE_sta',
            inst_name='RXBUF_VL_SHARE_sta',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,DATA_ACK_GRAIN_SIZE_sta : int,CTRL_ACK_GRAIN_SIZE_sta : int,RXBUF_VL_SHARE_sta : int,) -> int:
        return super().register_value(DATA_ACK_GRAIN_SIZE_sta=DATA_ACK_GRAIN_SIZE_sta,CTRL_ACK_GRAIN_SIZE_sta=CTRL_ACK_GRAIN_SIZE_sta,RXBUF_VL_SHARE_sta=RXBUF_VL_SHARE_sta,)
    

    

    

    # build the properties for the fields
    
    @property
    def DATA_ACK_GRAIN_SIZE_sta(self) -> openub_dll_DL_STA_0_DATA_ACK_GRAIN_SIZE_sta_0x8702df4070aa886136d7700fbd61a48ba9dce99aa24a29d7d9533efb6618e1c1_cls:
        """
        Property to access DATA_ACK_GRAIN_SIZE_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>LPH/LBH ACK grain in flits.</p>                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DATA_ACK_GRAIN_SIZE_sta
    @property
    def CTRL_ACK_GRAIN_SIZE_sta(self) -> openub_dll_DL_STA_0_CTRL_ACK_GRAIN_SIZE_sta_0xbac950174844aace8177115a26a44ec26fee66ddb86543a25cc6664e3fc174f9_cls:
        """
        Property to access CTRL_ACK_GRAIN_SIZE_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Crd_Ack ACK_NUM grain in flits.</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTRL_ACK_GRAIN_SIZE_sta
    @property
    def RXBUF_VL_SHARE_sta(self) -> openub_dll_DL_STA_0_RXBUF_VL_SHARE_sta_0x22fc28e7ddd8b0a0b18d8961cd12e8f395973bad47fe68b0b88127880f77dc85_cls:
        """
        Property to access RXBUF_VL_SHARE_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Both ends offered sharing.</p>                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RXBUF_VL_SHARE_sta

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DATA_ACK_GRAIN_SIZE_sta':'DATA_ACK_GRAIN_SIZE_sta','CTRL_ACK_GRAIN_SIZE_sta':'CTRL_ACK_GRAIN_SIZE_sta','RXBUF_VL_SHARE_sta':'RXBUF_VL_SHARE_sta',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DATA_ACK_GRAIN_SIZE_sta"]) -> 'openub_dll_DL_STA_0_DATA_ACK_GRAIN_SIZE_sta_0x8702df4070aa886136d7700fbd61a48ba9dce99aa24a29d7d9533efb6618e1c1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTRL_ACK_GRAIN_SIZE_sta"]) -> 'openub_dll_DL_STA_0_CTRL_ACK_GRAIN_SIZE_sta_0xbac950174844aace8177115a26a44ec26fee66ddb86543a25cc6664e3fc174f9_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXBUF_VL_SHARE_sta"]) -> 'openub_dll_DL_STA_0_RXBUF_VL_SHARE_sta_0x22fc28e7ddd8b0a0b18d8961cd12e8f395973bad47fe68b0b88127880f77dc85_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_STA_0_DATA_ACK_GRAIN_SIZE_sta_0x8702df4070aa886136d7700fbd61a48ba9dce99aa24a29d7d9533efb6618e1c1_cls', 'openub_dll_DL_STA_0_CTRL_ACK_GRAIN_SIZE_sta_0xbac950174844aace8177115a26a44ec26fee66ddb86543a25cc6664e3fc174f9_cls', 'openub_dll_DL_STA_0_RXBUF_VL_SHARE_sta_0x22fc28e7ddd8b0a0b18d8961cd12e8f395973bad47fe68b0b88127880f77dc85_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xa0)"
    @property
    def rdl_desc(self) -> str:
        return "Negotiated ACK grains and sharing (one-hot, bit k = 2**k)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.DATA_ACK_GRAIN_SIZE_sta
        yield self.CTRL_ACK_GRAIN_SIZE_sta
        yield self.RXBUF_VL_SHARE_sta
        
        
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xa1..0xa4)                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Negotiated Crd_Ack credit grain per VL, cells. Element i holds  |
    |              |      VLs 4i..4i+3.</p>                                                  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vl0', '__vl1', '__vl2', '__vl3']

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
        
        self.__vl0:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl0',
            inst_name='vl0',
            field_type=int)
        self.__vl1:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl1',
            inst_name='vl1',
            field_type=int)
        self.__vl2:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl2',
            inst_name='vl2',
            field_type=int)
        self.__vl3:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl3',
            inst_name='vl3',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vl0 : int,vl1 : int,vl2 : int,vl3 : int,) -> int:
        return super().register_value(vl0=vl0,vl1=vl1,vl2=vl2,vl3=vl3,)
    

    

    

    # build the properties for the fields
    
    @property
    def vl0(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls:
        """
        Property to access vl0 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+0.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl0
    @property
    def vl1(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls:
        """
        Property to access vl1 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+1.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl1
    @property
    def vl2(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls:
        """
        Property to access vl2 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+2.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl2
    @property
    def vl3(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls:
        """
        Property to access vl3 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+3.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl3

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vl0':'vl0','vl1':'vl1','vl2':'vl2','vl3':'vl3',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl0"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl1"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl2"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl3"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xa1..0xa4)"
    @property
    def rdl_desc(self) -> str:
        return "Negotiated Crd_Ack credit grain per VL, cells. Element i holds VLs 4i..4i+3."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vl0
        yield self.vl1
        yield self.vl2
        yield self.vl3
        
        
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls_array(RegAsyncReadOnlyArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xa1..0xa4)                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Negotiated Crd_Ack credit grain per VL, cells. Element i holds  |
    |              |      VLs 4i..4i+3.</p>                                                  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__: list[str] = []

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    @property
    def _element_datatype(self) -> Type[RegAsyncReadOnly]:
        return openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xa1..0xa4)"
    @property
    def rdl_desc(self) -> str:
        return "Negotiated Crd_Ack credit grain per VL, cells. Element i holds VLs 4i..4i+3."
    
    
    

    
    
class openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xa5..0xa8)                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Negotiated LPH/LBH credit grain per VL, cells. Element i holds  |
    |              |      VLs 4i..4i+3.</p>                                                  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vl0', '__vl1', '__vl2', '__vl3']

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
        
        self.__vl0:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl0',
            inst_name='vl0',
            field_type=int)
        self.__vl1:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl1',
            inst_name='vl1',
            field_type=int)
        self.__vl2:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl2',
            inst_name='vl2',
            field_type=int)
        self.__vl3:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vl3',
            inst_name='vl3',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vl0 : int,vl1 : int,vl2 : int,vl3 : int,) -> int:
        return super().register_value(vl0=vl0,vl1=vl1,vl2=vl2,vl3=vl3,)
    

    

    

    # build the properties for the fields
    
    @property
    def vl0(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls:
        """
        Property to access vl0 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+0.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl0
    @property
    def vl1(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls:
        """
        Property to access vl1 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+1.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl1
    @property
    def vl2(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls:
        """
        Property to access vl2 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+2.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl2
    @property
    def vl3(self) -> openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls:
        """
        Property to access vl3 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VL 4i+3.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vl3

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vl0':'vl0','vl1':'vl1','vl2':'vl2','vl3':'vl3',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl0"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl1"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl2"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vl3"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xa5..0xa8)"
    @property
    def rdl_desc(self) -> str:
        return "Negotiated LPH/LBH credit grain per VL, cells. Element i holds VLs 4i..4i+3."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vl0
        yield self.vl1
        yield self.vl2
        yield self.vl3
        
        
class openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls_array(RegAsyncReadOnlyArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xa5..0xa8)                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Negotiated LPH/LBH credit grain per VL, cells. Element i holds  |
    |              |      VLs 4i..4i+3.</p>                                                  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__: list[str] = []

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    @property
    def _element_datatype(self) -> Type[RegAsyncReadOnly]:
        return openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xa5..0xa8)"
    @property
    def rdl_desc(self) -> str:
        return "Negotiated LPH/LBH credit grain per VL, cells. Element i holds VLs 4i..4i+3."
    
    
    

    
    
class openub_dll_DL_STA_9_0x954f9d2aa7e90c05f8455813627d4910e794c07004447a7d37a4d4684728a89d_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xa9)                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Negotiated cell size, VLs and the peer's DLLDP spacing.</p>     |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__VL_ENABLE_sta', '__FLOW_CTRL_SIZE_sta', '__PACKET_MIN_INTERVAL_sta']

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
        
        self.__VL_ENABLE_sta:openub_dll_DL_STA_9_VL_ENABLE_sta_0xf08d197a9902573008a6f1e8e292b353839cccad0ef6dcba136767941f1323a_cls = openub_dll_DL_STA_9_VL_ENABLE_sta_0xf08d197a9902573008a6f1e8e292b353839cccad0ef6dcba136767941f1323a_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.VL_ENABLE_sta',
            inst_name='VL_ENABLE_sta',
            field_type=int)
        self.__FLOW_CTRL_SIZE_sta:openub_dll_DL_STA_9_FLOW_CTRL_SIZE_sta_0x23aacf74aefece501ba15ebfafc76b8090a889565285e396f631008be35d9a9c_cls = openub_dll_DL_STA_9_FLOW_CTRL_SIZE_sta_0x23aacf74aefece501ba15ebfafc76b8090a889565285e396f631008be35d9a9c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.FLOW_CTRL_SIZE_sta',
            inst_name='FLOW_CTRL_SIZE_sta',
            field_type=int)
        self.__PACKET_MIN_INTERVAL_sta:openub_dll_DL_STA_9_PACKET_MIN_INTERVAL_sta_0x347ab8694d2edd5352931ea4f8dfed03b9977324193979b33328db09700bf2d0_cls = openub_dll_DL_STA_9_PACKET_MIN_INTERVAL_sta_0x347ab8694d2edd5352931ea4f8dfed03b9977324193979b33328db09700bf2d0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.PACKET_MIN_INTERVAL_sta',
            inst_name='PACKET_MIN_INTERVAL_sta',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,VL_ENABLE_sta : int,FLOW_CTRL_SIZE_sta : int,PACKET_MIN_INTERVAL_sta : int,) -> int:
        return super().register_value(VL_ENABLE_sta=VL_ENABLE_sta,FLOW_CTRL_SIZE_sta=FLOW_CTRL_SIZE_sta,PACKET_MIN_INTERVAL_sta=PACKET_MIN_INTERVAL_sta,)
    

    

    

    # build the properties for the fields
    
    @property
    def VL_ENABLE_sta(self) -> openub_dll_DL_STA_9_VL_ENABLE_sta_0xf08d197a9902573008a6f1e8e292b353839cccad0ef6dcba136767941f1323a_cls:
        """
        Property to access VL_ENABLE_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VLs in use.</p>                                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VL_ENABLE_sta
    @property
    def FLOW_CTRL_SIZE_sta(self) -> openub_dll_DL_STA_9_FLOW_CTRL_SIZE_sta_0x23aacf74aefece501ba15ebfafc76b8090a889565285e396f631008be35d9a9c_cls:
        """
        Property to access FLOW_CTRL_SIZE_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Flits per cell, one-hot.</p>                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__FLOW_CTRL_SIZE_sta
    @property
    def PACKET_MIN_INTERVAL_sta(self) -> openub_dll_DL_STA_9_PACKET_MIN_INTERVAL_sta_0x347ab8694d2edd5352931ea4f8dfed03b9977324193979b33328db09700bf2d0_cls:
        """
        Property to access PACKET_MIN_INTERVAL_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The peer's PACKET_MIN_INTERVAL.</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PACKET_MIN_INTERVAL_sta

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'VL_ENABLE_sta':'VL_ENABLE_sta','FLOW_CTRL_SIZE_sta':'FLOW_CTRL_SIZE_sta','PACKET_MIN_INTERVAL_sta':'PACKET_MIN_INTERVAL_sta',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_ENABLE_sta"]) -> 'openub_dll_DL_STA_9_VL_ENABLE_sta_0xf08d197a9902573008a6f1e8e292b353839cccad0ef6dcba136767941f1323a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["FLOW_CTRL_SIZE_sta"]) -> 'openub_dll_DL_STA_9_FLOW_CTRL_SIZE_sta_0x23aacf74aefece501ba15ebfafc76b8090a889565285e396f631008be35d9a9c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PACKET_MIN_INTERVAL_sta"]) -> 'openub_dll_DL_STA_9_PACKET_MIN_INTERVAL_sta_0x347ab8694d2edd5352931ea4f8dfed03b9977324193979b33328db09700bf2d0_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_STA_9_VL_ENABLE_sta_0xf08d197a9902573008a6f1e8e292b353839cccad0ef6dcba136767941f1323a_cls', 'openub_dll_DL_STA_9_FLOW_CTRL_SIZE_sta_0x23aacf74aefece501ba15ebfafc76b8090a889565285e396f631008be35d9a9c_cls', 'openub_dll_DL_STA_9_PACKET_MIN_INTERVAL_sta_0x347ab8694d2edd5352931ea4f8dfed03b9977324193979b33328db09700bf2d0_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xa9)"
    @property
    def rdl_desc(self) -> str:
        return "Negotiated cell size, VLs and the peer\u0027s DLLDP spacing."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.VL_ENABLE_sta
        yield self.FLOW_CTRL_SIZE_sta
        yield self.PACKET_MIN_INTERVAL_sta
        
        
    

    
    
class openub_dll_DL_STA_10_0x1d9961ff652d8e449aed52a44b798cd0586780cba12c56cea23efb207355bc1c_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xaa)                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Negotiated feature set (OpenUB's placement of FEATURE_ID in the |
    |              |      status block).</p>                                                 |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__FEATURE_ID_sta']

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
        
        self.__FEATURE_ID_sta:openub_dll_DL_STA_10_FEATURE_ID_sta_0xa7c94150f6a592096143f2b93f10e6fba4c5b6b66a384424b2a76a559824f8df_cls = openub_dll_DL_STA_10_FEATURE_ID_sta_0xa7c94150f6a592096143f2b93f10e6fba4c5b6b66a384424b2a76a559824f8df_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.FEATURE_ID_sta',
            inst_name='FEATURE_ID_sta',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,FEATURE_ID_sta : int,) -> int:
        return super().register_value(FEATURE_ID_sta=FEATURE_ID_sta,)
    

    

    

    # build the properties for the fields
    
    @property
    def FEATURE_ID_sta(self) -> openub_dll_DL_STA_10_FEATURE_ID_sta_0xa7c94150f6a592096143f2b93f10e6fba4c5b6b66a384424b2a76a559824f8df_cls:
        """
        Property to access FEATURE_ID_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The peer's FEATURE_ID.</p>                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__FEATURE_ID_sta

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'FEATURE_ID_sta':'FEATURE_ID_sta',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_DL_STA_10_FEATURE_ID_sta_0xa7c94150f6a592096143f2b93f10e6fba4c5b6b66a384424b2a76a559824f8df_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xaa)"
    @property
    def rdl_desc(self) -> str:
        return "Negotiated feature set (OpenUB\u0027s placement of FEATURE_ID in the status block)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.FEATURE_ID_sta
        
        
    

    
    
class openub_dll_DL_STA_11_0x5c76058c60f44e860d3163aea6b10f1254b6d67f8fbfd52f371d7535a5f48a6_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link Status (0xab)                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The peer's retry buffer.</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__RETRY_BUF_DEPTH_sta']

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
        
        self.__RETRY_BUF_DEPTH_sta:openub_dll_DL_STA_11_RETRY_BUF_DEPTH_sta_0x675b23687f62d6a0fc014e88b330bd84c5f6d35797648feeae39ed4a39b267f0_cls = openub_dll_DL_STA_11_RETRY_BUF_DEPTH_sta_0x675b23687f62d6a0fc014e88b330bd84c5f6d35797648feeae39ed4a39b267f0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=20,
                lsb=0, msb=19,
                low=0, high=19),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.RETRY_BUF_DEPTH_sta',
            inst_name='RETRY_BUF_DEPTH_sta',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,RETRY_BUF_DEPTH_sta : int,) -> int:
        return super().register_value(RETRY_BUF_DEPTH_sta=RETRY_BUF_DEPTH_sta,)
    

    

    

    # build the properties for the fields
    
    @property
    def RETRY_BUF_DEPTH_sta(self) -> openub_dll_DL_STA_11_RETRY_BUF_DEPTH_sta_0x675b23687f62d6a0fc014e88b330bd84c5f6d35797648feeae39ed4a39b267f0_cls:
        """
        Property to access RETRY_BUF_DEPTH_sta field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The peer's RETRY_BUF_DEPTH in flits (RcvPtr wraps at it).</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_BUF_DEPTH_sta

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'RETRY_BUF_DEPTH_sta':'RETRY_BUF_DEPTH_sta',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_DL_STA_11_RETRY_BUF_DEPTH_sta_0x675b23687f62d6a0fc014e88b330bd84c5f6d35797648feeae39ed4a39b267f0_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link Status (0xab)"
    @property
    def rdl_desc(self) -> str:
        return "The peer\u0027s retry buffer."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.RETRY_BUF_DEPTH_sta
        
        
    

    
    
class openub_dll_DL_SM_STATUS_0x503140cc5bed3a748e4d88be180a062a04880d03339ce71d12a77e405ebfaf13_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data Link State Machine Status (0xac)                              |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The data link's state machines.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__Link_Status', '__Retry_Req_Status', '__Retry_Ack_Status']

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
        
        self.__Link_Status:openub_dll_DL_SM_STATUS_Link_Status_0x7fec43f470f2ea18f8194d1317e7725b79bd9b455a728d795ae622e79293d382_cls = openub_dll_DL_SM_STATUS_Link_Status_0x7fec43f470f2ea18f8194d1317e7725b79bd9b455a728d795ae622e79293d382_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=0, msb=3,
                low=0, high=3),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.Link_Status',
            inst_name='Link_Status',
            field_type=int)
        self.__Retry_Req_Status:openub_dll_DL_SM_STATUS_Retry_Req_Status_0x9110b3b94f4eabac501dca09e7d3f4b8e468289366a643dfc12c70ba02fc76d9_cls = openub_dll_DL_SM_STATUS_Retry_Req_Status_0x9110b3b94f4eabac501dca09e7d3f4b8e468289366a643dfc12c70ba02fc76d9_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=4, msb=7,
                low=4, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.Retry_Req_Status',
            inst_name='Retry_Req_Status',
            field_type=int)
        self.__Retry_Ack_Status:openub_dll_DL_SM_STATUS_Retry_Ack_Status_0xbb863752330fa0eef6289f23b25247e18642259758867ccf8049b9ac70aeb630_cls = openub_dll_DL_SM_STATUS_Retry_Ack_Status_0xbb863752330fa0eef6289f23b25247e18642259758867ccf8049b9ac70aeb630_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=8, msb=11,
                low=8, high=11),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.Retry_Ack_Status',
            inst_name='Retry_Ack_Status',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,Link_Status : int,Retry_Req_Status : int,Retry_Ack_Status : int,) -> int:
        return super().register_value(Link_Status=Link_Status,Retry_Req_Status=Retry_Req_Status,Retry_Ack_Status=Retry_Ack_Status,)
    

    

    

    # build the properties for the fields
    
    @property
    def Link_Status(self) -> openub_dll_DL_SM_STATUS_Link_Status_0x7fec43f470f2ea18f8194d1317e7725b79bd9b455a728d795ae622e79293d382_cls:
        """
        Property to access Link_Status field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Link Status (Z Table D-133): 0 DLL_Disabled, 1 DLL_Param_Init,  |
        |              |      2 DLL_Credit_Init, 3 DLL_Normal.</p>                               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Link_Status
    @property
    def Retry_Req_Status(self) -> openub_dll_DL_SM_STATUS_Retry_Req_Status_0x9110b3b94f4eabac501dca09e7d3f4b8e468289366a643dfc12c70ba02fc76d9_cls:
        """
        Property to access Retry_Req_Status field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry Req Status (Z Table D-133): RETRY_REQ_SM 0 NORMAL, 1 REQ, |
        |              |      2 WAIT, 3 RETRAIN, 4 ERROR.</p>                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Retry_Req_Status
    @property
    def Retry_Ack_Status(self) -> openub_dll_DL_SM_STATUS_Retry_Ack_Status_0xbb863752330fa0eef6289f23b25247e18642259758867ccf8049b9ac70aeb630_cls:
        """
        Property to access Retry_Ack_Status field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry Ack Status (Z Table D-133): RETRY_ACK_SM 0 NORMAL, 1      |
        |              |      ACK.</p>                                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Retry_Ack_Status

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'Link_Status':'Link_Status','Retry_Req_Status':'Retry_Req_Status','Retry_Ack_Status':'Retry_Ack_Status',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Link_Status"]) -> 'openub_dll_DL_SM_STATUS_Link_Status_0x7fec43f470f2ea18f8194d1317e7725b79bd9b455a728d795ae622e79293d382_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Retry_Req_Status"]) -> 'openub_dll_DL_SM_STATUS_Retry_Req_Status_0x9110b3b94f4eabac501dca09e7d3f4b8e468289366a643dfc12c70ba02fc76d9_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Retry_Ack_Status"]) -> 'openub_dll_DL_SM_STATUS_Retry_Ack_Status_0xbb863752330fa0eef6289f23b25247e18642259758867ccf8049b9ac70aeb630_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_SM_STATUS_Link_Status_0x7fec43f470f2ea18f8194d1317e7725b79bd9b455a728d795ae622e79293d382_cls', 'openub_dll_DL_SM_STATUS_Retry_Req_Status_0x9110b3b94f4eabac501dca09e7d3f4b8e468289366a643dfc12c70ba02fc76d9_cls', 'openub_dll_DL_SM_STATUS_Retry_Ack_Status_0xbb863752330fa0eef6289f23b25247e18642259758867ccf8049b9ac70aeb630_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data Link State Machine Status (0xac)"
    @property
    def rdl_desc(self) -> str:
        return "The data link\u0027s state machines."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.Link_Status
        yield self.Retry_Req_Status
        yield self.Retry_Ack_Status
        
        
    

    
    
class openub_dll_PORT_LINK_STATUS_0_0xc5523fbd8ab6c9ef53987a15d66453ee1fde69e96c462f34971f71c4a9136ac4_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Port Link Status 0 (0xc0)                                          |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PHY and data link up.</p>                                       |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__PHY_LinkUp', '__DL_Normal', '__width_status', '__tx_width', '__rx_width', '__lanes_ok']

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
        
        self.__PHY_LinkUp:openub_dll_PORT_LINK_STATUS_0_PHY_LinkUp_0x5f4bd147a1a5ff1f02591afb6b956a644222faac3be625cce22851548ca91585_cls = openub_dll_PORT_LINK_STATUS_0_PHY_LinkUp_0x5f4bd147a1a5ff1f02591afb6b956a644222faac3be625cce22851548ca91585_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.PHY_LinkUp',
            inst_name='PHY_LinkUp',
            field_type=int)
        self.__DL_Normal:openub_dll_PORT_LINK_STATUS_0_DL_Normal_0x41014a7dcd60681ab56a38c546291798b16c5aaa6e5df68a6138b653887f2bea_cls = openub_dll_PORT_LINK_STATUS_0_DL_Normal_0x41014a7dcd60681ab56a38c546291798b16c5aaa6e5df68a6138b653887f2bea_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.DL_Normal',
            inst_name='DL_Normal',
            field_type=int)
        self.__width_status:openub_dll_PORT_LINK_STATUS_0_width_status_0x7212b280d0a93f51caf122273c517df6e70ed3a5bc4a28939eddc7c20cd9f000_cls = openub_dll_PORT_LINK_STATUS_0_width_status_0x7212b280d0a93f51caf122273c517df6e70ed3a5bc4a28939eddc7c20cd9f000_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=3,
                lsb=4, msb=6,
                low=4, high=6),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.width_status',
            inst_name='width_status',
            field_type=int)
        self.__tx_width:openub_dll_PORT_LINK_STATUS_0_tx_width_0x4e480b3e448d419abde7222cd4c4d5927081419dadae57893573f428590f9271_cls = openub_dll_PORT_LINK_STATUS_0_tx_width_0x4e480b3e448d419abde7222cd4c4d5927081419dadae57893573f428590f9271_cls(
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
        self.__rx_width:openub_dll_PORT_LINK_STATUS_0_rx_width_0xe14e6c77d28d4d432b33cc77e81c78b1752041daccc94d5ed506a5fe6f7920df_cls = openub_dll_PORT_LINK_STATUS_0_rx_width_0xe14e6c77d28d4d432b33cc77e81c78b1752041daccc94d5ed506a5fe6f7920df_cls(
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
        self.__lanes_ok:openub_dll_PORT_LINK_STATUS_0_lanes_ok_0xd18c82b80680724cb47263d61b1135c3bcd433a59ed6557f3618aeb2a693784a_cls = openub_dll_PORT_LINK_STATUS_0_lanes_ok_0xd18c82b80680724cb47263d61b1135c3bcd433a59ed6557f3618aeb2a693784a_cls(
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
        self, *,PHY_LinkUp : int,DL_Normal : int,width_status : int,tx_width : int,rx_width : int,lanes_ok : int,) -> int:
        return super().register_value(PHY_LinkUp=PHY_LinkUp,DL_Normal=DL_Normal,width_status=width_status,tx_width=tx_width,rx_width=rx_width,lanes_ok=lanes_ok,)
    

    

    

    # build the properties for the fields
    
    @property
    def PHY_LinkUp(self) -> openub_dll_PORT_LINK_STATUS_0_PHY_LinkUp_0x5f4bd147a1a5ff1f02591afb6b956a644222faac3be625cce22851548ca91585_cls:
        """
        Property to access PHY_LinkUp field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The PHY reports LinkUp (both directions trained).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PHY_LinkUp
    @property
    def DL_Normal(self) -> openub_dll_PORT_LINK_STATUS_0_DL_Normal_0x41014a7dcd60681ab56a38c546291798b16c5aaa6e5df68a6138b653887f2bea_cls:
        """
        Property to access DL_Normal field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>1 in DLL_Normal.</p>                                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Normal
    @property
    def width_status(self) -> openub_dll_PORT_LINK_STATUS_0_width_status_0x7212b280d0a93f51caf122273c517df6e70ed3a5bc4a28939eddc7c20cd9f000_cls:
        """
        Property to access width_status field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Last dynamic width change: 0 IDLE, 1 IN_PROGRESS, 2 DONE, 3     |
        |              |      TIMEOUT, 4 NAK (OpenUB).</p>                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__width_status
    @property
    def tx_width(self) -> openub_dll_PORT_LINK_STATUS_0_tx_width_0x4e480b3e448d419abde7222cd4c4d5927081419dadae57893573f428590f9271_cls:
        """
        Property to access tx_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Active lanes of the transmit direction (OpenUB).</p>            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_width
    @property
    def rx_width(self) -> openub_dll_PORT_LINK_STATUS_0_rx_width_0xe14e6c77d28d4d432b33cc77e81c78b1752041daccc94d5ed506a5fe6f7920df_cls:
        """
        Property to access rx_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Active lanes of the receive direction (OpenUB).</p>             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_width
    @property
    def lanes_ok(self) -> openub_dll_PORT_LINK_STATUS_0_lanes_ok_0xd18c82b80680724cb47263d61b1135c3bcd433a59ed6557f3618aeb2a693784a_cls:
        """
        Property to access lanes_ok field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Healthy lanes of the transmit direction, bit i = lane i         |
        |              |      (OpenUB).</p>                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__lanes_ok

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'PHY_LinkUp':'PHY_LinkUp','DL_Normal':'DL_Normal','width_status':'width_status','tx_width':'tx_width','rx_width':'rx_width','lanes_ok':'lanes_ok',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PHY_LinkUp"]) -> 'openub_dll_PORT_LINK_STATUS_0_PHY_LinkUp_0x5f4bd147a1a5ff1f02591afb6b956a644222faac3be625cce22851548ca91585_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Normal"]) -> 'openub_dll_PORT_LINK_STATUS_0_DL_Normal_0x41014a7dcd60681ab56a38c546291798b16c5aaa6e5df68a6138b653887f2bea_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["width_status"]) -> 'openub_dll_PORT_LINK_STATUS_0_width_status_0x7212b280d0a93f51caf122273c517df6e70ed3a5bc4a28939eddc7c20cd9f000_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_width"]) -> 'openub_dll_PORT_LINK_STATUS_0_tx_width_0x4e480b3e448d419abde7222cd4c4d5927081419dadae57893573f428590f9271_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_width"]) -> 'openub_dll_PORT_LINK_STATUS_0_rx_width_0xe14e6c77d28d4d432b33cc77e81c78b1752041daccc94d5ed506a5fe6f7920df_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["lanes_ok"]) -> 'openub_dll_PORT_LINK_STATUS_0_lanes_ok_0xd18c82b80680724cb47263d61b1135c3bcd433a59ed6557f3618aeb2a693784a_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_PORT_LINK_STATUS_0_PHY_LinkUp_0x5f4bd147a1a5ff1f02591afb6b956a644222faac3be625cce22851548ca91585_cls', 'openub_dll_PORT_LINK_STATUS_0_DL_Normal_0x41014a7dcd60681ab56a38c546291798b16c5aaa6e5df68a6138b653887f2bea_cls', 'openub_dll_PORT_LINK_STATUS_0_width_status_0x7212b280d0a93f51caf122273c517df6e70ed3a5bc4a28939eddc7c20cd9f000_cls', 'openub_dll_PORT_LINK_STATUS_0_tx_width_0x4e480b3e448d419abde7222cd4c4d5927081419dadae57893573f428590f9271_cls', 'openub_dll_PORT_LINK_STATUS_0_rx_width_0xe14e6c77d28d4d432b33cc77e81c78b1752041daccc94d5ed506a5fe6f7920df_cls', 'openub_dll_PORT_LINK_STATUS_0_lanes_ok_0xd18c82b80680724cb47263d61b1135c3bcd433a59ed6557f3618aeb2a693784a_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Port Link Status 0 (0xc0)"
    @property
    def rdl_desc(self) -> str:
        return "PHY and data link up."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.PHY_LinkUp
        yield self.DL_Normal
        yield self.width_status
        yield self.tx_width
        yield self.rx_width
        yield self.lanes_ok
        
        
    

    
    
class openub_dll_DL_CTRL_0x297c33198d640cc0b3fa09bf65686ef09fc8434864abc56dd32e8f56bbc73163_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Data link control (OpenUB)                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Bring-up and the UBFM reset.</p>                                |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__enable', '__ubfm_reset', '__retry_off']

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
        
        self.__enable:openub_dll_DL_CTRL_enable_0xeeb95499c10a5b419ec210ba66368b0c43ab14e5ce95eec954dd895dedde8e09_cls = openub_dll_DL_CTRL_enable_0xeeb95499c10a5b419ec210ba66368b0c43ab14e5ce95eec954dd895dedde8e09_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.enable',
            inst_name='enable',
            field_type=int)
        self.__ubfm_reset:openub_dll_DL_CTRL_ubfm_reset_0x9a72fca4fe5184a17dbfc2fc8517a9a855a78f347e94d7170e93ead2527c11bb_cls = openub_dll_DL_CTRL_ubfm_reset_0x9a72fca4fe5184a17dbfc2fc8517a9a855a78f347e94d7170e93ead2527c11bb_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.ubfm_reset',
            inst_name='ubfm_reset',
            field_type=int)
        self.__retry_off:openub_dll_DL_CTRL_retry_off_0xcc705a520362d313c5c0535669bfafc87209cfbe08413142bbc11229236ed7aa_cls = openub_dll_DL_CTRL_retry_off_0xcc705a520362d313c5c0535669bfafc87209cfbe08413142bbc11229236ed7aa_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.retry_off',
            inst_name='retry_off',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,enable : int,ubfm_reset : int,retry_off : int,) -> int:
        return super().register_value(enable=enable,ubfm_reset=ubfm_reset,retry_off=retry_off,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,enable : int,ubfm_reset : int,retry_off : int,) -> None:
        return await super().write_all_fields_without_read(enable=enable,ubfm_reset=ubfm_reset,retry_off=retry_off,)
         
    

    # build the properties for the fields
    
    @property
    def enable(self) -> openub_dll_DL_CTRL_enable_0xeeb95499c10a5b419ec210ba66368b0c43ab14e5ce95eec954dd895dedde8e09_cls:
        """
        Property to access enable field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>1: the link comes up when the PHY is up (DLL_Disabled -&gt;     |
        |              |      DLL_Param_Init). 0: held in DLL_Disabled.</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__enable
    @property
    def ubfm_reset(self) -> openub_dll_DL_CTRL_ubfm_reset_0x9a72fca4fe5184a17dbfc2fc8517a9a855a78f347e94d7170e93ead2527c11bb_cls:
        """
        Property to access ubfm_reset field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Write 1: the UBFM reset (E4 4.8): RETRY_REQ_SM leaves ERROR for |
        |              |      NORMAL. Reads 0.</p>                                               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ubfm_reset
    @property
    def retry_off(self) -> openub_dll_DL_CTRL_retry_off_0xcc705a520362d313c5c0535669bfafc87209cfbe08413142bbc11229236ed7aa_cls:
        """
        Property to access retry_off field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>1: the baseline without link-level retry (OpenUB's, not a mode  |
        |              |      of the specification, for measuring what the retry is worth): a    |
        |              |      failed block is dropped and no retry is asked for, nothing is kept |
        |              |      for a resend. Credit of a lost DLLDP or Crd_Ack never comes back,  |
        |              |      so a lossy run in this mode ends up without credit. Change it only |
        |              |      with enable = 0; the link-up handshake still uses the retry.</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__retry_off

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'enable':'enable','ubfm_reset':'ubfm_reset','retry_off':'retry_off',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["enable"]) -> 'openub_dll_DL_CTRL_enable_0xeeb95499c10a5b419ec210ba66368b0c43ab14e5ce95eec954dd895dedde8e09_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ubfm_reset"]) -> 'openub_dll_DL_CTRL_ubfm_reset_0x9a72fca4fe5184a17dbfc2fc8517a9a855a78f347e94d7170e93ead2527c11bb_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["retry_off"]) -> 'openub_dll_DL_CTRL_retry_off_0xcc705a520362d313c5c0535669bfafc87209cfbe08413142bbc11229236ed7aa_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_CTRL_enable_0xeeb95499c10a5b419ec210ba66368b0c43ab14e5ce95eec954dd895dedde8e09_cls', 'openub_dll_DL_CTRL_ubfm_reset_0x9a72fca4fe5184a17dbfc2fc8517a9a855a78f347e94d7170e93ead2527c11bb_cls', 'openub_dll_DL_CTRL_retry_off_0xcc705a520362d313c5c0535669bfafc87209cfbe08413142bbc11229236ed7aa_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Data link control (OpenUB)"
    @property
    def rdl_desc(self) -> str:
        return "Bring-up and the UBFM reset."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.enable
        yield self.ubfm_reset
        yield self.retry_off
        
        
    

    
    
class openub_dll_DL_RETRY_CFG_0xd4c6b04add912122a165e0528a4dd4f0ae4fb4b8c840512a468302a9a9e9e9ba_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Link-level retry configuration (OpenUB)                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RETRY_REQ_SM limits (E4 4.7.3.3).</p>                           |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__WAIT_TIMEOUT_us', '__NUM_RETRY_THRESHOLD', '__NUM_PHY_REINIT_THRESHOLD']

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
        
        self.__WAIT_TIMEOUT_us:openub_dll_DL_RETRY_CFG_WAIT_TIMEOUT_us_0x735c1612110015c25563713ed478315b88774b114366b23260e531a05d73305f_cls = openub_dll_DL_RETRY_CFG_WAIT_TIMEOUT_us_0x735c1612110015c25563713ed478315b88774b114366b23260e531a05d73305f_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=64,
                is_volatile=False),
            logger_handle=logger_handle+'.WAIT_TIMEOUT_us',
            inst_name='WAIT_TIMEOUT_us',
            field_type=int)
        self.__NUM_RETRY_THRESHOLD:openub_dll_DL_RETRY_CFG_NUM_RETRY_THRESHOLD_0x1469aea52647e8765b2485ff26b3026edd3cfae961c7dd844c312a897a70a6e4_cls = openub_dll_DL_RETRY_CFG_NUM_RETRY_THRESHOLD_0x1469aea52647e8765b2485ff26b3026edd3cfae961c7dd844c312a897a70a6e4_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=15,
                is_volatile=False),
            logger_handle=logger_handle+'.NUM_RETRY_THRESHOLD',
            inst_name='NUM_RETRY_THRESHOLD',
            field_type=int)
        self.__NUM_PHY_REINIT_THRESHOLD:openub_dll_DL_RETRY_CFG_NUM_PHY_REINIT_THRESHOLD_0x7688f88f8ed9dd31d7dbddad6033158c002234a7f98e7b0272a67655fa01d039_cls = openub_dll_DL_RETRY_CFG_NUM_PHY_REINIT_THRESHOLD_0x7688f88f8ed9dd31d7dbddad6033158c002234a7f98e7b0272a67655fa01d039_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=4,
                is_volatile=False),
            logger_handle=logger_handle+'.NUM_PHY_REINIT_THRESHOLD',
            inst_name='NUM_PHY_REINIT_THRESHOLD',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,WAIT_TIMEOUT_us : int,NUM_RETRY_THRESHOLD : int,NUM_PHY_REINIT_THRESHOLD : int,) -> int:
        return super().register_value(WAIT_TIMEOUT_us=WAIT_TIMEOUT_us,NUM_RETRY_THRESHOLD=NUM_RETRY_THRESHOLD,NUM_PHY_REINIT_THRESHOLD=NUM_PHY_REINIT_THRESHOLD,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,WAIT_TIMEOUT_us : int,NUM_RETRY_THRESHOLD : int,NUM_PHY_REINIT_THRESHOLD : int,) -> None:
        return await super().write_all_fields_without_read(WAIT_TIMEOUT_us=WAIT_TIMEOUT_us,NUM_RETRY_THRESHOLD=NUM_RETRY_THRESHOLD,NUM_PHY_REINIT_THRESHOLD=NUM_PHY_REINIT_THRESHOLD,)
         
    

    # build the properties for the fields
    
    @property
    def WAIT_TIMEOUT_us(self) -> openub_dll_DL_RETRY_CFG_WAIT_TIMEOUT_us_0x735c1612110015c25563713ed478315b88774b114366b23260e531a05d73305f_cls:
        """
        Property to access WAIT_TIMEOUT_us field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Microseconds RETRY_REQ_SM waits in WAIT for the                 |
        |              |      Retry_Ack_Set.</p>                                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__WAIT_TIMEOUT_us
    @property
    def NUM_RETRY_THRESHOLD(self) -> openub_dll_DL_RETRY_CFG_NUM_RETRY_THRESHOLD_0x1469aea52647e8765b2485ff26b3026edd3cfae961c7dd844c312a897a70a6e4_cls:
        """
        Property to access NUM_RETRY_THRESHOLD field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry_Req_Sets for one RcvPtr before a retrain.</p>             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__NUM_RETRY_THRESHOLD
    @property
    def NUM_PHY_REINIT_THRESHOLD(self) -> openub_dll_DL_RETRY_CFG_NUM_PHY_REINIT_THRESHOLD_0x7688f88f8ed9dd31d7dbddad6033158c002234a7f98e7b0272a67655fa01d039_cls:
        """
        Property to access NUM_PHY_REINIT_THRESHOLD field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retrains before RETRY_REQ_SM goes to ERROR.</p>                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__NUM_PHY_REINIT_THRESHOLD

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'WAIT_TIMEOUT_us':'WAIT_TIMEOUT_us','NUM_RETRY_THRESHOLD':'NUM_RETRY_THRESHOLD','NUM_PHY_REINIT_THRESHOLD':'NUM_PHY_REINIT_THRESHOLD',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["WAIT_TIMEOUT_us"]) -> 'openub_dll_DL_RETRY_CFG_WAIT_TIMEOUT_us_0x735c1612110015c25563713ed478315b88774b114366b23260e531a05d73305f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["NUM_RETRY_THRESHOLD"]) -> 'openub_dll_DL_RETRY_CFG_NUM_RETRY_THRESHOLD_0x1469aea52647e8765b2485ff26b3026edd3cfae961c7dd844c312a897a70a6e4_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["NUM_PHY_REINIT_THRESHOLD"]) -> 'openub_dll_DL_RETRY_CFG_NUM_PHY_REINIT_THRESHOLD_0x7688f88f8ed9dd31d7dbddad6033158c002234a7f98e7b0272a67655fa01d039_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_RETRY_CFG_WAIT_TIMEOUT_us_0x735c1612110015c25563713ed478315b88774b114366b23260e531a05d73305f_cls', 'openub_dll_DL_RETRY_CFG_NUM_RETRY_THRESHOLD_0x1469aea52647e8765b2485ff26b3026edd3cfae961c7dd844c312a897a70a6e4_cls', 'openub_dll_DL_RETRY_CFG_NUM_PHY_REINIT_THRESHOLD_0x7688f88f8ed9dd31d7dbddad6033158c002234a7f98e7b0272a67655fa01d039_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Link-level retry configuration (OpenUB)"
    @property
    def rdl_desc(self) -> str:
        return "RETRY_REQ_SM limits (E4 4.7.3.3)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.WAIT_TIMEOUT_us
        yield self.NUM_RETRY_THRESHOLD
        yield self.NUM_PHY_REINIT_THRESHOLD
        
        
    

    
    
class openub_dll_DL_CRD_CFG_0xcc5e90f813402af917d00e4cce906432389886d0d8e133511f7a360c1c7f3604_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Credit and retry buffer configuration (OpenUB)                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Lockout threshold and the credit-return timeout.</p>            |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__crd_timeout_us', '__lockout_threshold']

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
        
        self.__crd_timeout_us:openub_dll_DL_CRD_CFG_crd_timeout_us_0x71fe8af18086282e006e4a3f7db1de94ed32785585d473d07269b86f365a4e73_cls = openub_dll_DL_CRD_CFG_crd_timeout_us_0x71fe8af18086282e006e4a3f7db1de94ed32785585d473d07269b86f365a4e73_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.crd_timeout_us',
            inst_name='crd_timeout_us',
            field_type=int)
        self.__lockout_threshold:openub_dll_DL_CRD_CFG_lockout_threshold_0xc3afc13796bb0ac28f313ff10a372b15c4a908c6bc8830cf6e67a09eb7c03a61_cls = openub_dll_DL_CRD_CFG_lockout_threshold_0xc3afc13796bb0ac28f313ff10a372b15c4a908c6bc8830cf6e67a09eb7c03a61_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=64,
                is_volatile=False),
            logger_handle=logger_handle+'.lockout_threshold',
            inst_name='lockout_threshold',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,crd_timeout_us : int,lockout_threshold : int,) -> int:
        return super().register_value(crd_timeout_us=crd_timeout_us,lockout_threshold=lockout_threshold,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,crd_timeout_us : int,lockout_threshold : int,) -> None:
        return await super().write_all_fields_without_read(crd_timeout_us=crd_timeout_us,lockout_threshold=lockout_threshold,)
         
    

    # build the properties for the fields
    
    @property
    def crd_timeout_us(self) -> openub_dll_DL_CRD_CFG_crd_timeout_us_0x71fe8af18086282e006e4a3f7db1de94ed32785585d473d07269b86f365a4e73_cls:
        """
        Property to access crd_timeout_us field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credit-return timeout in microseconds: a VL waiting for credit  |
        |              |      this long is a DL Protocol Error (0: off).</p>                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__crd_timeout_us
    @property
    def lockout_threshold(self) -> openub_dll_DL_CRD_CFG_lockout_threshold_0xc3afc13796bb0ac28f313ff10a372b15c4a908c6bc8830cf6e67a09eb7c03a61_cls:
        """
        Property to access lockout_threshold field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>No DLLDB starts and only Crd_Ack and Retry blocks go while      |
        |              |      NumFreeBuf is below max(33, this) (E4 4.7.3.2.4).</p>              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__lockout_threshold

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'crd_timeout_us':'crd_timeout_us','lockout_threshold':'lockout_threshold',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["crd_timeout_us"]) -> 'openub_dll_DL_CRD_CFG_crd_timeout_us_0x71fe8af18086282e006e4a3f7db1de94ed32785585d473d07269b86f365a4e73_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["lockout_threshold"]) -> 'openub_dll_DL_CRD_CFG_lockout_threshold_0xc3afc13796bb0ac28f313ff10a372b15c4a908c6bc8830cf6e67a09eb7c03a61_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_CRD_CFG_crd_timeout_us_0x71fe8af18086282e006e4a3f7db1de94ed32785585d473d07269b86f365a4e73_cls', 'openub_dll_DL_CRD_CFG_lockout_threshold_0xc3afc13796bb0ac28f313ff10a372b15c4a908c6bc8830cf6e67a09eb7c03a61_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Credit and retry buffer configuration (OpenUB)"
    @property
    def rdl_desc(self) -> str:
        return "Lockout threshold and the credit-return timeout."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.crd_timeout_us
        yield self.lockout_threshold
        
        
    

    
    
class openub_dll_LANE_CTRL_0xf08bc356955628dcd6c3415448f485fedfbdbaa5ac8c47ad8f2f369801455f74_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Lane control (OpenUB PHY model)                                    |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Dynamic width change without retraining (result in              |
    |              |      PORT_LINK_STATUS_0.width_status).</p>                              |
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
        
        self.__target_width:openub_dll_LANE_CTRL_target_width_0xeb3385a3d6cc60c55387f3cb4b55ef36953bf969574da012f9f190d673f2a006_cls = openub_dll_LANE_CTRL_target_width_0xeb3385a3d6cc60c55387f3cb4b55ef36953bf969574da012f9f190d673f2a006_cls(
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
        self.__change:openub_dll_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls = openub_dll_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls(
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
        self.__width_timeout:openub_dll_LANE_CTRL_width_timeout_0x7a2df93ae98ecd371c21cef5901afa3480e476de783e5537aac8f9f359e7131_cls = openub_dll_LANE_CTRL_width_timeout_0x7a2df93ae98ecd371c21cef5901afa3480e476de783e5537aac8f9f359e7131_cls(
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
    def target_width(self) -> openub_dll_LANE_CTRL_target_width_0xeb3385a3d6cc60c55387f3cb4b55ef36953bf969574da012f9f190d673f2a006_cls:
        """
        Property to access target_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Requested width: 1, 2, 4 or 8 lanes.</p>                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__target_width
    @property
    def change(self) -> openub_dll_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls:
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
    def width_timeout(self) -> openub_dll_LANE_CTRL_width_timeout_0x7a2df93ae98ecd371c21cef5901afa3480e476de783e5537aac8f9f359e7131_cls:
        """
        Property to access width_timeout field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cycles the far end has to answer a width change.</p>            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__width_timeout

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'target_width':'target_width','change':'change','width_timeout':'width_timeout',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["target_width"]) -> 'openub_dll_LANE_CTRL_target_width_0xeb3385a3d6cc60c55387f3cb4b55ef36953bf969574da012f9f190d673f2a006_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["change"]) -> 'openub_dll_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["width_timeout"]) -> 'openub_dll_LANE_CTRL_width_timeout_0x7a2df93ae98ecd371c21cef5901afa3480e476de783e5537aac8f9f359e7131_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_LANE_CTRL_target_width_0xeb3385a3d6cc60c55387f3cb4b55ef36953bf969574da012f9f190d673f2a006_cls', 'openub_dll_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls', 'openub_dll_LANE_CTRL_width_timeout_0x7a2df93ae98ecd371c21cef5901afa3480e476de783e5537aac8f9f359e7131_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Lane control (OpenUB PHY model)"
    @property
    def rdl_desc(self) -> str:
        return "Dynamic width change without retraining (result in PORT_LINK_STATUS_0.width_status)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.target_width
        yield self.change
        yield self.width_timeout
        
        
    

    
    
class openub_dll_DL_RETRY_STATUS_0x58cd91b19ebb4d3c4730e9b6378d5a2b8b7f165b2b90c6e44bc1fb6ffd4969f1_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Retry buffer status (OpenUB)                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry pointers (E4 4.7.3.2).</p>                                |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__NumFreeBuf', '__RcvPtr']

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
        
        self.__NumFreeBuf:openub_dll_DL_RETRY_STATUS_NumFreeBuf_0xbe540bb3beeeb8f11761b86f6c71f3b060b895e095a879de62626684f6d75939_cls = openub_dll_DL_RETRY_STATUS_NumFreeBuf_0xbe540bb3beeeb8f11761b86f6c71f3b060b895e095a879de62626684f6d75939_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.NumFreeBuf',
            inst_name='NumFreeBuf',
            field_type=int)
        self.__RcvPtr:openub_dll_DL_RETRY_STATUS_RcvPtr_0x9cff164c284383cfa864b4ebdc5d6cb61846159b1f4515377628c46d8591a9ee_cls = openub_dll_DL_RETRY_STATUS_RcvPtr_0x9cff164c284383cfa864b4ebdc5d6cb61846159b1f4515377628c46d8591a9ee_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.RcvPtr',
            inst_name='RcvPtr',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,NumFreeBuf : int,RcvPtr : int,) -> int:
        return super().register_value(NumFreeBuf=NumFreeBuf,RcvPtr=RcvPtr,)
    

    

    

    # build the properties for the fields
    
    @property
    def NumFreeBuf(self) -> openub_dll_DL_RETRY_STATUS_NumFreeBuf_0xbe540bb3beeeb8f11761b86f6c71f3b060b895e095a879de62626684f6d75939_cls:
        """
        Property to access NumFreeBuf field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Free flits of the retry buffer.</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__NumFreeBuf
    @property
    def RcvPtr(self) -> openub_dll_DL_RETRY_STATUS_RcvPtr_0x9cff164c284383cfa864b4ebdc5d6cb61846159b1f4515377628c46d8591a9ee_cls:
        """
        Property to access RcvPtr field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Flits received good (modulo the peer's RETRY_BUF_DEPTH).</p>    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RcvPtr

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'NumFreeBuf':'NumFreeBuf','RcvPtr':'RcvPtr',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["NumFreeBuf"]) -> 'openub_dll_DL_RETRY_STATUS_NumFreeBuf_0xbe540bb3beeeb8f11761b86f6c71f3b060b895e095a879de62626684f6d75939_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RcvPtr"]) -> 'openub_dll_DL_RETRY_STATUS_RcvPtr_0x9cff164c284383cfa864b4ebdc5d6cb61846159b1f4515377628c46d8591a9ee_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_RETRY_STATUS_NumFreeBuf_0xbe540bb3beeeb8f11761b86f6c71f3b060b895e095a879de62626684f6d75939_cls', 'openub_dll_DL_RETRY_STATUS_RcvPtr_0x9cff164c284383cfa864b4ebdc5d6cb61846159b1f4515377628c46d8591a9ee_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Retry buffer status (OpenUB)"
    @property
    def rdl_desc(self) -> str:
        return "Retry pointers (E4 4.7.3.2)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.NumFreeBuf
        yield self.RcvPtr
        
        
    


if __name__ == '__main__':
    pass