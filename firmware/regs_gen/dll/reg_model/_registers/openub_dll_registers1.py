

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






from .fields import openub_dll_PORT_UNCORR_ERR_STATUS_DL_Protocol_Error_0x2bb7650c067f35c73956bbb6ea0f78abf3a54c49b90e836a8c5212ad6ba3127f_cls
from .fields import openub_dll_PORT_UNCORR_ERR_STATUS_DL_Replay_Abort_0xbc6383285440cab0a6dc143e64f3fa07e2a2f0bd4139a3fbc3f0a0d38fb91bec_cls
from .fields import openub_dll_PORT_UNCORR_ERR_STATUS_Packet_Length_0x9500a7e94fa5433d230ed9188bdc2a9a42cf6ee0fa686bd7d71931bb3651cbbf_cls
from .fields import openub_dll_PORT_UNCORR_ERR_STATUS_Receive_Buffer_Overflow_0xe662980e692d32b2a72b6f5485dca9e72e1acf307bbdfe1e3391e91613530b46_cls
from .fields import openub_dll_PORT_UNCORR_ERR_STATUS_Flow_Control_Overflow_0x18ca0b6f2ab48b365abf544fee74340df86d8a620e3833c90cf6f916b75286aa_cls
from .fields import openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls
from .fields import openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_ACK_Timeout_0x83e3a90cb3724c1bb19baaacce027000579bf87de8900bb564f3d0fefc1d5d10_cls
from .fields import openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_Rollover_0xc9716f420dcfc6149e752bbec9d01f579b5c55ab8d74e3870b0c511e8f6e0b6c_cls
from .fields import openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls

# register definitions
    
    
class openub_dll_PORT_UNCORR_ERR_STATUS_0x491718819a17f170f31326fbf17a5f78d739c56cd1361eda26f79d79dedf1075_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Port Uncorrectable Error Status (data link bits)                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Sticky; write 1 to clear. Bits of Z D.6.22.</p>                 |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DL_Protocol_Error', '__DL_Replay_Abort', '__Packet_Length', '__Receive_Buffer_Overflow', '__Flow_Control_Overflow']

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
        
        self.__DL_Protocol_Error:openub_dll_PORT_UNCORR_ERR_STATUS_DL_Protocol_Error_0x2bb7650c067f35c73956bbb6ea0f78abf3a54c49b90e836a8c5212ad6ba3127f_cls = openub_dll_PORT_UNCORR_ERR_STATUS_DL_Protocol_Error_0x2bb7650c067f35c73956bbb6ea0f78abf3a54c49b90e836a8c5212ad6ba3127f_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=20, msb=20,
                low=20, high=20),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.DL_Protocol_Error',
            inst_name='DL_Protocol_Error',
            field_type=int)
        self.__DL_Replay_Abort:openub_dll_PORT_UNCORR_ERR_STATUS_DL_Replay_Abort_0xbc6383285440cab0a6dc143e64f3fa07e2a2f0bd4139a3fbc3f0a0d38fb91bec_cls = openub_dll_PORT_UNCORR_ERR_STATUS_DL_Replay_Abort_0xbc6383285440cab0a6dc143e64f3fa07e2a2f0bd4139a3fbc3f0a0d38fb91bec_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=21, msb=21,
                low=21, high=21),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.DL_Replay_Abort',
            inst_name='DL_Replay_Abort',
            field_type=int)
        self.__Packet_Length:openub_dll_PORT_UNCORR_ERR_STATUS_Packet_Length_0x9500a7e94fa5433d230ed9188bdc2a9a42cf6ee0fa686bd7d71931bb3651cbbf_cls = openub_dll_PORT_UNCORR_ERR_STATUS_Packet_Length_0x9500a7e94fa5433d230ed9188bdc2a9a42cf6ee0fa686bd7d71931bb3651cbbf_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=23, msb=23,
                low=23, high=23),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.Packet_Length',
            inst_name='Packet_Length',
            field_type=int)
        self.__Receive_Buffer_Overflow:openub_dll_PORT_UNCORR_ERR_STATUS_Receive_Buffer_Overflow_0xe662980e692d32b2a72b6f5485dca9e72e1acf307bbdfe1e3391e91613530b46_cls = openub_dll_PORT_UNCORR_ERR_STATUS_Receive_Buffer_Overflow_0xe662980e692d32b2a72b6f5485dca9e72e1acf307bbdfe1e3391e91613530b46_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=28, msb=28,
                low=28, high=28),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.Receive_Buffer_Overflow',
            inst_name='Receive_Buffer_Overflow',
            field_type=int)
        self.__Flow_Control_Overflow:openub_dll_PORT_UNCORR_ERR_STATUS_Flow_Control_Overflow_0x18ca0b6f2ab48b365abf544fee74340df86d8a620e3833c90cf6f916b75286aa_cls = openub_dll_PORT_UNCORR_ERR_STATUS_Flow_Control_Overflow_0x18ca0b6f2ab48b365abf544fee74340df86d8a620e3833c90cf6f916b75286aa_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=29, msb=29,
                low=29, high=29),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.Flow_Control_Overflow',
            inst_name='Flow_Control_Overflow',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,DL_Protocol_Error : int,DL_Replay_Abort : int,Packet_Length : int,Receive_Buffer_Overflow : int,Flow_Control_Overflow : int,) -> int:
        return super().register_value(DL_Protocol_Error=DL_Protocol_Error,DL_Replay_Abort=DL_Replay_Abort,Packet_Length=Packet_Length,Receive_Buffer_Overflow=Receive_Buffer_Overflow,Flow_Control_Overflow=Flow_Control_Overflow,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,DL_Protocol_Error : int,DL_Replay_Abort : int,Packet_Length : int,Receive_Buffer_Overflow : int,Flow_Control_Overflow : int,) -> None:
        return await super().write_all_fields_without_read(DL_Protocol_Error=DL_Protocol_Error,DL_Replay_Abort=DL_Replay_Abort,Packet_Length=Packet_Length,Receive_Buffer_Overflow=Receive_Buffer_Overflow,Flow_Control_Overflow=Flow_Control_Overflow,)
         
    

    # build the properties for the fields
    
    @property
    def DL_Protocol_Error(self) -> openub_dll_PORT_UNCORR_ERR_STATUS_DL_Protocol_Error_0x2bb7650c067f35c73956bbb6ea0f78abf3a54c49b90e836a8c5212ad6ba3127f_cls:
        """
        Property to access DL_Protocol_Error field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>An ACK beyond the unacknowledged flits, a Retry_Req_Set naming  |
        |              |      a flit not in the buffer, or the credit-return timeout (E4 4.8,    |
        |              |      C.21).</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Protocol_Error
    @property
    def DL_Replay_Abort(self) -> openub_dll_PORT_UNCORR_ERR_STATUS_DL_Replay_Abort_0xbc6383285440cab0a6dc143e64f3fa07e2a2f0bd4139a3fbc3f0a0d38fb91bec_cls:
        """
        Property to access DL_Replay_Abort field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>DL Retry Error: RETRY_REQ_SM reached ERROR (E4 4.8.2, C.22);    |
        |              |      the link waits for DL_CTRL.ubfm_reset.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Replay_Abort
    @property
    def Packet_Length(self) -> openub_dll_PORT_UNCORR_ERR_STATUS_Packet_Length_0x9500a7e94fa5433d230ed9188bdc2a9a42cf6ee0fa686bd7d71931bb3651cbbf_cls:
        """
        Property to access Packet_Length field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A descriptor whose payload beats disagree with its length (the  |
        |              |      transmitter pads or drains them). A corrupted block start on       |
        |              |      receive is a link error that the retry mends (HDR_ERRORS), not     |
        |              |      this.</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Packet_Length
    @property
    def Receive_Buffer_Overflow(self) -> openub_dll_PORT_UNCORR_ERR_STATUS_Receive_Buffer_Overflow_0xe662980e692d32b2a72b6f5485dca9e72e1acf307bbdfe1e3391e91613530b46_cls:
        """
        Property to access Receive_Buffer_Overflow field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A DLLDB found no room in the receive buffer (E4 4.8.1,          |
        |              |      C.29).</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Receive_Buffer_Overflow
    @property
    def Flow_Control_Overflow(self) -> openub_dll_PORT_UNCORR_ERR_STATUS_Flow_Control_Overflow_0x18ca0b6f2ab48b365abf544fee74340df86d8a620e3833c90cf6f916b75286aa_cls:
        """
        Property to access Flow_Control_Overflow field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credit returned beyond the initial grant (E4 4.8.1, C.30).</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Flow_Control_Overflow

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DL_Protocol_Error':'DL_Protocol_Error','DL_Replay_Abort':'DL_Replay_Abort','Packet_Length':'Packet_Length','Receive_Buffer_Overflow':'Receive_Buffer_Overflow','Flow_Control_Overflow':'Flow_Control_Overflow',
            }

    
    
    
    
    
    
    # nodes:5
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Protocol_Error"]) -> 'openub_dll_PORT_UNCORR_ERR_STATUS_DL_Protocol_Error_0x2bb7650c067f35c73956bbb6ea0f78abf3a54c49b90e836a8c5212ad6ba3127f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Replay_Abort"]) -> 'openub_dll_PORT_UNCORR_ERR_STATUS_DL_Replay_Abort_0xbc6383285440cab0a6dc143e64f3fa07e2a2f0bd4139a3fbc3f0a0d38fb91bec_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Packet_Length"]) -> 'openub_dll_PORT_UNCORR_ERR_STATUS_Packet_Length_0x9500a7e94fa5433d230ed9188bdc2a9a42cf6ee0fa686bd7d71931bb3651cbbf_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Receive_Buffer_Overflow"]) -> 'openub_dll_PORT_UNCORR_ERR_STATUS_Receive_Buffer_Overflow_0xe662980e692d32b2a72b6f5485dca9e72e1acf307bbdfe1e3391e91613530b46_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Flow_Control_Overflow"]) -> 'openub_dll_PORT_UNCORR_ERR_STATUS_Flow_Control_Overflow_0x18ca0b6f2ab48b365abf544fee74340df86d8a620e3833c90cf6f916b75286aa_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_PORT_UNCORR_ERR_STATUS_DL_Protocol_Error_0x2bb7650c067f35c73956bbb6ea0f78abf3a54c49b90e836a8c5212ad6ba3127f_cls', 'openub_dll_PORT_UNCORR_ERR_STATUS_DL_Replay_Abort_0xbc6383285440cab0a6dc143e64f3fa07e2a2f0bd4139a3fbc3f0a0d38fb91bec_cls', 'openub_dll_PORT_UNCORR_ERR_STATUS_Packet_Length_0x9500a7e94fa5433d230ed9188bdc2a9a42cf6ee0fa686bd7d71931bb3651cbbf_cls', 'openub_dll_PORT_UNCORR_ERR_STATUS_Receive_Buffer_Overflow_0xe662980e692d32b2a72b6f5485dca9e72e1acf307bbdfe1e3391e91613530b46_cls', 'openub_dll_PORT_UNCORR_ERR_STATUS_Flow_Control_Overflow_0x18ca0b6f2ab48b365abf544fee74340df86d8a620e3833c90cf6f916b75286aa_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Port Uncorrectable Error Status (data link bits)"
    @property
    def rdl_desc(self) -> str:
        return "Sticky; write 1 to clear. Bits of Z D.6.22."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.DL_Protocol_Error
        yield self.DL_Replay_Abort
        yield self.Packet_Length
        yield self.Receive_Buffer_Overflow
        yield self.Flow_Control_Overflow
        
        
    

    
    
class openub_dll_PORT_UNCORR_ERR_ENABLE_0xa07963112b264ea26b0d7ac07862617772679306e6991d6e9cb5f583a377e17a_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Port uncorrectable error interrupt enable (OpenUB)                 |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Interrupt enable per PORT_UNCORR_ERR_STATUS bit (the            |
    |              |      specification has a mask).</p>                                     |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DL_Protocol_Error', '__DL_Replay_Abort', '__Packet_Length', '__Receive_Buffer_Overflow', '__Flow_Control_Overflow']

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
        
        self.__DL_Protocol_Error:openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=20, msb=20,
                low=20, high=20),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.DL_Protocol_Error',
            inst_name='DL_Protocol_Error',
            field_type=int)
        self.__DL_Replay_Abort:openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=21, msb=21,
                low=21, high=21),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.DL_Replay_Abort',
            inst_name='DL_Replay_Abort',
            field_type=int)
        self.__Packet_Length:openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=23, msb=23,
                low=23, high=23),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.Packet_Length',
            inst_name='Packet_Length',
            field_type=int)
        self.__Receive_Buffer_Overflow:openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=28, msb=28,
                low=28, high=28),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.Receive_Buffer_Overflow',
            inst_name='Receive_Buffer_Overflow',
            field_type=int)
        self.__Flow_Control_Overflow:openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=29, msb=29,
                low=29, high=29),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.Flow_Control_Overflow',
            inst_name='Flow_Control_Overflow',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,DL_Protocol_Error : int,DL_Replay_Abort : int,Packet_Length : int,Receive_Buffer_Overflow : int,Flow_Control_Overflow : int,) -> int:
        return super().register_value(DL_Protocol_Error=DL_Protocol_Error,DL_Replay_Abort=DL_Replay_Abort,Packet_Length=Packet_Length,Receive_Buffer_Overflow=Receive_Buffer_Overflow,Flow_Control_Overflow=Flow_Control_Overflow,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,DL_Protocol_Error : int,DL_Replay_Abort : int,Packet_Length : int,Receive_Buffer_Overflow : int,Flow_Control_Overflow : int,) -> None:
        return await super().write_all_fields_without_read(DL_Protocol_Error=DL_Protocol_Error,DL_Replay_Abort=DL_Replay_Abort,Packet_Length=Packet_Length,Receive_Buffer_Overflow=Receive_Buffer_Overflow,Flow_Control_Overflow=Flow_Control_Overflow,)
         
    

    # build the properties for the fields
    
    @property
    def DL_Protocol_Error(self) -> openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls:
        """
        Property to access DL_Protocol_Error field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable this bit onto the interrupt line.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Protocol_Error
    @property
    def DL_Replay_Abort(self) -> openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls:
        """
        Property to access DL_Replay_Abort field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable this bit onto the interrupt line.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Replay_Abort
    @property
    def Packet_Length(self) -> openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls:
        """
        Property to access Packet_Length field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable this bit onto the interrupt line.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Packet_Length
    @property
    def Receive_Buffer_Overflow(self) -> openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls:
        """
        Property to access Receive_Buffer_Overflow field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable this bit onto the interrupt line.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Receive_Buffer_Overflow
    @property
    def Flow_Control_Overflow(self) -> openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls:
        """
        Property to access Flow_Control_Overflow field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable this bit onto the interrupt line.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__Flow_Control_Overflow

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DL_Protocol_Error':'DL_Protocol_Error','DL_Replay_Abort':'DL_Replay_Abort','Packet_Length':'Packet_Length','Receive_Buffer_Overflow':'Receive_Buffer_Overflow','Flow_Control_Overflow':'Flow_Control_Overflow',
            }

    
    
    
    
    
    
    # nodes:5
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Protocol_Error"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Replay_Abort"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Packet_Length"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Receive_Buffer_Overflow"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["Flow_Control_Overflow"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls', 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls', 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls', 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls', 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Port uncorrectable error interrupt enable (OpenUB)"
    @property
    def rdl_desc(self) -> str:
        return "Interrupt enable per PORT_UNCORR_ERR_STATUS bit (the specification has a mask)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.DL_Protocol_Error
        yield self.DL_Replay_Abort
        yield self.Packet_Length
        yield self.Receive_Buffer_Overflow
        yield self.Flow_Control_Overflow
        
        
    

    
    
class openub_dll_PORT_CORR_ERR_STATUS_0x3e5acbfc7e3f9e56a8417eda4ad639cae2e0cb61758307fbba09975f3ced3612_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Port Correctable Error Status (data link bits)                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Sticky; write 1 to clear. Bits of Z D.6.22.</p>                 |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DL_Retry_ACK_Timeout', '__DL_Retry_Rollover']

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
        
        self.__DL_Retry_ACK_Timeout:openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_ACK_Timeout_0x83e3a90cb3724c1bb19baaacce027000579bf87de8900bb564f3d0fefc1d5d10_cls = openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_ACK_Timeout_0x83e3a90cb3724c1bb19baaacce027000579bf87de8900bb564f3d0fefc1d5d10_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=18, msb=18,
                low=18, high=18),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.DL_Retry_ACK_Timeout',
            inst_name='DL_Retry_ACK_Timeout',
            field_type=int)
        self.__DL_Retry_Rollover:openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_Rollover_0xc9716f420dcfc6149e752bbec9d01f579b5c55ab8d74e3870b0c511e8f6e0b6c_cls = openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_Rollover_0xc9716f420dcfc6149e752bbec9d01f579b5c55ab8d74e3870b0c511e8f6e0b6c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=19, msb=19,
                low=19, high=19),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.DL_Retry_Rollover',
            inst_name='DL_Retry_Rollover',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,DL_Retry_ACK_Timeout : int,DL_Retry_Rollover : int,) -> int:
        return super().register_value(DL_Retry_ACK_Timeout=DL_Retry_ACK_Timeout,DL_Retry_Rollover=DL_Retry_Rollover,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,DL_Retry_ACK_Timeout : int,DL_Retry_Rollover : int,) -> None:
        return await super().write_all_fields_without_read(DL_Retry_ACK_Timeout=DL_Retry_ACK_Timeout,DL_Retry_Rollover=DL_Retry_Rollover,)
         
    

    # build the properties for the fields
    
    @property
    def DL_Retry_ACK_Timeout(self) -> openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_ACK_Timeout_0x83e3a90cb3724c1bb19baaacce027000579bf87de8900bb564f3d0fefc1d5d10_cls:
        """
        Property to access DL_Retry_ACK_Timeout field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>No Retry_Ack_Set within WAIT_TIMEOUT_us (E4 4.8.2, C.19).</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Retry_ACK_Timeout
    @property
    def DL_Retry_Rollover(self) -> openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_Rollover_0xc9716f420dcfc6149e752bbec9d01f579b5c55ab8d74e3870b0c511e8f6e0b6c_cls:
        """
        Property to access DL_Retry_Rollover field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The same RcvPtr was asked NUM_RETRY_THRESHOLD times (E4 4.8.2,  |
        |              |      C.20).</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Retry_Rollover

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DL_Retry_ACK_Timeout':'DL_Retry_ACK_Timeout','DL_Retry_Rollover':'DL_Retry_Rollover',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Retry_ACK_Timeout"]) -> 'openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_ACK_Timeout_0x83e3a90cb3724c1bb19baaacce027000579bf87de8900bb564f3d0fefc1d5d10_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Retry_Rollover"]) -> 'openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_Rollover_0xc9716f420dcfc6149e752bbec9d01f579b5c55ab8d74e3870b0c511e8f6e0b6c_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_ACK_Timeout_0x83e3a90cb3724c1bb19baaacce027000579bf87de8900bb564f3d0fefc1d5d10_cls', 'openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_Rollover_0xc9716f420dcfc6149e752bbec9d01f579b5c55ab8d74e3870b0c511e8f6e0b6c_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Port Correctable Error Status (data link bits)"
    @property
    def rdl_desc(self) -> str:
        return "Sticky; write 1 to clear. Bits of Z D.6.22."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.DL_Retry_ACK_Timeout
        yield self.DL_Retry_Rollover
        
        
    

    
    
class openub_dll_PORT_CORR_ERR_ENABLE_0x206cc778afa2f205c4c7166c1d348eb84d3ad0ad182c839b17426735e1dd6bb4_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Port correctable error interrupt enable (OpenUB)                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Interrupt enable per PORT_CORR_ERR_STATUS bit.</p>              |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DL_Retry_ACK_Timeout', '__DL_Retry_Rollover']

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
        
        self.__DL_Retry_ACK_Timeout:openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=18, msb=18,
                low=18, high=18),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.DL_Retry_ACK_Timeout',
            inst_name='DL_Retry_ACK_Timeout',
            field_type=int)
        self.__DL_Retry_Rollover:openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=19, msb=19,
                low=19, high=19),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.DL_Retry_Rollover',
            inst_name='DL_Retry_Rollover',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,DL_Retry_ACK_Timeout : int,DL_Retry_Rollover : int,) -> int:
        return super().register_value(DL_Retry_ACK_Timeout=DL_Retry_ACK_Timeout,DL_Retry_Rollover=DL_Retry_Rollover,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,DL_Retry_ACK_Timeout : int,DL_Retry_Rollover : int,) -> None:
        return await super().write_all_fields_without_read(DL_Retry_ACK_Timeout=DL_Retry_ACK_Timeout,DL_Retry_Rollover=DL_Retry_Rollover,)
         
    

    # build the properties for the fields
    
    @property
    def DL_Retry_ACK_Timeout(self) -> openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls:
        """
        Property to access DL_Retry_ACK_Timeout field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable this bit onto the interrupt line.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Retry_ACK_Timeout
    @property
    def DL_Retry_Rollover(self) -> openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls:
        """
        Property to access DL_Retry_Rollover field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable this bit onto the interrupt line.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_Retry_Rollover

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DL_Retry_ACK_Timeout':'DL_Retry_ACK_Timeout','DL_Retry_Rollover':'DL_Retry_Rollover',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Retry_ACK_Timeout"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_Retry_Rollover"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls', 'openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Port correctable error interrupt enable (OpenUB)"
    @property
    def rdl_desc(self) -> str:
        return "Interrupt enable per PORT_CORR_ERR_STATUS bit."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.DL_Retry_ACK_Timeout
        yield self.DL_Retry_Rollover
        
        
    

    
    
class openub_dll_counter_reg_0xc2edc893eac439519bc8dfe46d2401786cee8a17f4703deffc3950e5ea142fba_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_DLLDP                                                           |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DLLDPs sent (first time; resends are in RESENT_FLITS).</p>      |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_DLLDP"
    @property
    def rdl_desc(self) -> str:
        return "DLLDPs sent (first time; resends are in RESENT_FLITS)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xa9fe620cad8c4d865048ba3e40d0fce24826eca8a12ca2ae3b5e22d270d79e85_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RX_DLLDP                                                           |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DLLDPs received whole and good, passed up.</p>                  |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RX_DLLDP"
    @property
    def rdl_desc(self) -> str:
        return "DLLDPs received whole and good, passed up."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x3970df3b4793bf4a740fff31c925ee085c56824110f9854171b2042a5d433647_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_FLITS                                                           |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits sent to the PHY: DLLDP, DLLCB and resent flits.</p>       |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_FLITS"
    @property
    def rdl_desc(self) -> str:
        return "Flits sent to the PHY: DLLDP, DLLCB and resent flits."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xd75e0cf9600efb8e462727255c04339f3557e692bc3397e49cf39a708dfc1e38_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RESENT_FLITS                                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits resent from the retry buffer.</p>                         |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RESENT_FLITS"
    @property
    def rdl_desc(self) -> str:
        return "Flits resent from the retry buffer."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xc8511f26e592add60e5d9286929db7538044a22d878b1581d6cb2672d53489eb_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      CRC_ERROR_SUM                                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Blocks received with a bad BCRC (crc_error_sum).</p>            |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "CRC_ERROR_SUM"
    @property
    def rdl_desc(self) -> str:
        return "Blocks received with a bad BCRC (crc_error_sum)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x6a0c8f079a390bd334538dbaaaaf18c92de8f9a02ed4ffa002c8acfc60a0a8b_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      HDR_ERRORS                                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Blocks received with a good CRC and an invalid header or        |
    |              |      PLENGTH.</p>                                                       |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "HDR_ERRORS"
    @property
    def rdl_desc(self) -> str:
        return "Blocks received with a good CRC and an invalid header or PLENGTH."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xa1dde34ea2ac725792f8c53cac21106786b94ca3959428381800ef95388e239e_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RETRY_REQ_SUM                                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry_Req_Sets sent (retry_req_sum).</p>                        |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RETRY_REQ_SUM"
    @property
    def rdl_desc(self) -> str:
        return "Retry_Req_Sets sent (retry_req_sum)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x1db3750c75485a54e89ca6a290c572780a1e9c3bfb599c7db9cb079bee2ea410_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RETRY_REQ_RX                                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry_Req_Sets received from the peer.</p>                      |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RETRY_REQ_RX"
    @property
    def rdl_desc(self) -> str:
        return "Retry_Req_Sets received from the peer."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xc2973178c0dc46e87d9a2f347931ce11215188a702b2cff6461d642d73ecf394_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RETRY_ACK_SUM                                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry_Ack_Sets sent (retry_ack_sum).</p>                        |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RETRY_ACK_SUM"
    @property
    def rdl_desc(self) -> str:
        return "Retry_Ack_Sets sent (retry_ack_sum)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xc19e6e73b64c522fd24f67805ba132109e06ea76e55b382b488b2fb72d0bd4b1_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RETRY_ACK_TIMEOUTS                                                 |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DL Retry ACK Timeout events.</p>                                |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RETRY_ACK_TIMEOUTS"
    @property
    def rdl_desc(self) -> str:
        return "DL Retry ACK Timeout events."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x9e8405b2e085bcd67909885455efb221f70f7a362631b346d60e411bb1bce45e_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RETRY_ROLLOVERS                                                    |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DL Retry Rollover events.</p>                                   |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RETRY_ROLLOVERS"
    @property
    def rdl_desc(self) -> str:
        return "DL Retry Rollover events."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xe9bbb5be2de89e3f9c33ceeb291da6ce26f031ea89daf59fea0da2258e674489_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      ERROR_DLLDP                                                        |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DLLDPs received with ERROR_FLAG set (passed up marked, E4       |
    |              |      4.8.3).</p>                                                        |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "ERROR_DLLDP"
    @property
    def rdl_desc(self) -> str:
        return "DLLDPs received with ERROR_FLAG set (passed up marked, E4 4.8.3)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x1e214a280271c3c028502f234470847ce02467958699323c197b9fabeb7c48c8_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      LINK_DOWN_DROPS                                                    |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Packets the transmitter had taken in and dropped at link-down   |
    |              |      (E4 4.8.4).</p>                                                    |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "LINK_DOWN_DROPS"
    @property
    def rdl_desc(self) -> str:
        return "Packets the transmitter had taken in and dropped at link-down (E4 4.8.4)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x9fc43feb7b2a64d9099afcb246b3de11185a2776630d34d31a36f5957e125925_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_BAD_VL                                                          |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Packets from the upper layer on a VL the endpoint does not      |
    |              |      implement, dropped.</p>                                            |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_BAD_VL"
    @property
    def rdl_desc(self) -> str:
        return "Packets from the upper layer on a VL the endpoint does not implement, dropped."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x721b4ab237cb5d21b32af37dfed702a16089cc685e670a282af13533aa25608b_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_OVERSIZE                                                        |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Packets from the upper layer longer than the MTU: sent cut with |
    |              |      ERROR_FLAG.</p>                                                    |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_OVERSIZE"
    @property
    def rdl_desc(self) -> str:
        return "Packets from the upper layer longer than the MTU: sent cut with ERROR_FLAG."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x54cca9bf377b0868b764e2b5e1543bdebecea94c61d6938d82427b9cc6ebba99_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_EMPTY                                                           |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Packets from the upper layer with no payload byte, dropped.</p> |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_EMPTY"
    @property
    def rdl_desc(self) -> str:
        return "Packets from the upper layer with no payload byte, dropped."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xf2f5b90c078739e12c8e89a96845b41f9bda1c1776b565814833b2b398fe359d_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_VL_DISABLED                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Packets on a VL the negotiation did not enable, dropped.</p>    |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_VL_DISABLED"
    @property
    def rdl_desc(self) -> str:
        return "Packets on a VL the negotiation did not enable, dropped."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x3cec19b1d8814086efa7143dedb29191472cb84256c8048710687b9ffd78ccff_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      LANE_CHANGES                                                       |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PHY width changes after lane failures.</p>                      |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "LANE_CHANGES"
    @property
    def rdl_desc(self) -> str:
        return "PHY width changes after lane failures."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x20431a1bbcdf1194c3fce7a54314e46b24c2ef035c34bdfe3e0df853218b9797_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_DLLCB_FLITS                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits of DLLCBs sent, Retry and Null blocks included, resends   |
    |              |      not (ctrl_pkt_flit_num).</p>                                       |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_DLLCB_FLITS"
    @property
    def rdl_desc(self) -> str:
        return "Flits of DLLCBs sent, Retry and Null blocks included, resends not (ctrl_pkt_flit_num)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0xc159ca268159e79f01bb534238569a26f8c0331a258504c96ef212f986e3c781_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_NULL_FLITS                                                      |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Null Blocks sent: the idle wire in DLL_Normal (E4 4.3.3.2).</p> |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_NULL_FLITS"
    @property
    def rdl_desc(self) -> str:
        return "Null Blocks sent: the idle wire in DLL_Normal (E4 4.3.3.2)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x161ee83b98fb064109b27f5f6a3a92c6af8c8e9db1df7f2fc0e2faf607322674_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      TX_BAD_CFG                                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Packets from the upper layer with a CFG the link does not       |
    |              |      define for a DLLDP (not 3, 4, 5, 6, 7 or 9; E4 Table 4-1),         |
    |              |      dropped.</p>                                                       |
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
        
        self.__count:openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "TX_BAD_CFG"
    @property
    def rdl_desc(self) -> str:
        return "Packets from the upper layer with a CFG the link does not define for a DLLDP (not 3, 4, 5, 6, 7 or 9; E4 Table 4-1), dropped."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    


if __name__ == '__main__':
    pass