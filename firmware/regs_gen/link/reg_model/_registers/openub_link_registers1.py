

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






from .fields import openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls
from .fields import openub_link_VL_CFG_weight_0x91f9693ff1b3e895bcd82aa84d20a335d0f06020b1299ff896371ba1688d75d9_cls
from .fields import openub_link_VL_CFG_sp_0x90c82beb8e2fd87fde46a69df9c431e60058bb5014e81a94e017150c30e3f249_cls
from .fields import openub_link_VL_CREDIT_available_0xd4308eb01f18b05549f6e2f58d1c8babed65be0bed563a0f6f83af358969587b_cls
from .fields import openub_link_VL_CREDIT_peer_init_0x279aa7ea503025ffc879e5d375181b712d4cdb58046734779d998b18a3078037_cls

# register definitions
    
    
class openub_link_counter_reg_0xf221459330360a0f3410421b58738c77d8bd43f48556f4ebe1905357a01c2e_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Receive buffer overruns                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Good data packets that did not fit their VL's receive buffer:   |
    |              |      the peer sent beyond its credits. The packet is not written (the   |
    |              |      buffer stays intact) and a retry follows.</p>                      |
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
        return "Receive buffer overruns"
    @property
    def rdl_desc(self) -> str:
        return "Good data packets that did not fit their VL\u0027s receive buffer: the peer sent\nbeyond its credits. The packet is not written (the buffer stays intact) and a retry follows."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_counter_reg_0xec5a907bae6b5ed6d44caba0b0749da0f7ef23dc324b4730225f223617604fa1_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Bad retry requests                                                 |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry requests from the peer naming a sequence number that is   |
    |              |      not in the replay buffer (already acknowledged or never sent):     |
    |              |      ignored.</p>                                                       |
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
        return "Bad retry requests"
    @property
    def rdl_desc(self) -> str:
        return "Retry requests from the peer naming a sequence number that is not in the\nreplay buffer (already acknowledged or never sent): ignored."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL arbitration                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Transmit arbitration of one VL: strict priority or deficit      |
    |              |      weighted round robin (DWRR). Element i configures VL i.</p>        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__weight', '__sp']

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
        
        self.__weight:openub_link_VL_CFG_weight_0x91f9693ff1b3e895bcd82aa84d20a335d0f06020b1299ff896371ba1688d75d9_cls = openub_link_VL_CFG_weight_0x91f9693ff1b3e895bcd82aa84d20a335d0f06020b1299ff896371ba1688d75d9_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=256,
                is_volatile=False),
            logger_handle=logger_handle+'.weight',
            inst_name='weight',
            field_type=int)
        self.__sp:openub_link_VL_CFG_sp_0x90c82beb8e2fd87fde46a69df9c431e60058bb5014e81a94e017150c30e3f249_cls = openub_link_VL_CFG_sp_0x90c82beb8e2fd87fde46a69df9c431e60058bb5014e81a94e017150c30e3f249_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=16, msb=16,
                low=16, high=16),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.sp',
            inst_name='sp',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,weight : int,sp : int,) -> int:
        return super().register_value(weight=weight,sp=sp,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,weight : int,sp : int,) -> None:
        return await super().write_all_fields_without_read(weight=weight,sp=sp,)
         
    

    # build the properties for the fields
    
    @property
    def weight(self) -> openub_link_VL_CFG_weight_0x91f9693ff1b3e895bcd82aa84d20a335d0f06020b1299ff896371ba1688d75d9_cls:
        """
        Property to access weight field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>DWRR quantum in flits: added to the deficit of the VL each      |
        |              |      round.</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__weight
    @property
    def sp(self) -> openub_link_VL_CFG_sp_0x90c82beb8e2fd87fde46a69df9c431e60058bb5014e81a94e017150c30e3f249_cls:
        """
        Property to access sp field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>1: strict priority. The VL is served before the DWRR VLs.</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__sp

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'weight':'weight','sp':'sp',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["weight"]) -> 'openub_link_VL_CFG_weight_0x91f9693ff1b3e895bcd82aa84d20a335d0f06020b1299ff896371ba1688d75d9_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["sp"]) -> 'openub_link_VL_CFG_sp_0x90c82beb8e2fd87fde46a69df9c431e60058bb5014e81a94e017150c30e3f249_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_VL_CFG_weight_0x91f9693ff1b3e895bcd82aa84d20a335d0f06020b1299ff896371ba1688d75d9_cls', 'openub_link_VL_CFG_sp_0x90c82beb8e2fd87fde46a69df9c431e60058bb5014e81a94e017150c30e3f249_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VL arbitration"
    @property
    def rdl_desc(self) -> str:
        return "Transmit arbitration of one VL: strict priority or deficit weighted round\nrobin (DWRR). Element i configures VL i."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.weight
        yield self.sp
        
        
class openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL arbitration                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Transmit arbitration of one VL: strict priority or deficit      |
    |              |      weighted round robin (DWRR). Element i configures VL i.</p>        |
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
        return openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls

    @property
    def rdl_name(self) -> str:
        return "VL arbitration"
    @property
    def rdl_desc(self) -> str:
        return "Transmit arbitration of one VL: strict priority or deficit weighted round\nrobin (DWRR). Element i configures VL i."
    
    
    

    
    
class openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL credits                                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Transmit credits of one VL, driven by the hardware. Element i   |
    |              |      is VL i.</p>                                                       |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__available', '__peer_init']

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
        
        self.__available:openub_link_VL_CREDIT_available_0xd4308eb01f18b05549f6e2f58d1c8babed65be0bed563a0f6f83af358969587b_cls = openub_link_VL_CREDIT_available_0xd4308eb01f18b05549f6e2f58d1c8babed65be0bed563a0f6f83af358969587b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.available',
            inst_name='available',
            field_type=int)
        self.__peer_init:openub_link_VL_CREDIT_peer_init_0x279aa7ea503025ffc879e5d375181b712d4cdb58046734779d998b18a3078037_cls = openub_link_VL_CREDIT_peer_init_0x279aa7ea503025ffc879e5d375181b712d4cdb58046734779d998b18a3078037_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.peer_init',
            inst_name='peer_init',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,available : int,peer_init : int,) -> int:
        return super().register_value(available=available,peer_init=peer_init,)
    

    

    

    # build the properties for the fields
    
    @property
    def available(self) -> openub_link_VL_CREDIT_available_0xd4308eb01f18b05549f6e2f58d1c8babed65be0bed563a0f6f83af358969587b_cls:
        """
        Property to access available field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credits the transmitter holds now, in cells (a packet of F      |
        |              |      flits needs ceil(F / cell_flits) cells).</p>                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__available
    @property
    def peer_init(self) -> openub_link_VL_CREDIT_peer_init_0x279aa7ea503025ffc879e5d375181b712d4cdb58046734779d998b18a3078037_cls:
        """
        Property to access peer_init field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Initial credits the peer granted in its credit init block, in   |
        |              |      cells.</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__peer_init

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'available':'available','peer_init':'peer_init',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["available"]) -> 'openub_link_VL_CREDIT_available_0xd4308eb01f18b05549f6e2f58d1c8babed65be0bed563a0f6f83af358969587b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["peer_init"]) -> 'openub_link_VL_CREDIT_peer_init_0x279aa7ea503025ffc879e5d375181b712d4cdb58046734779d998b18a3078037_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_VL_CREDIT_available_0xd4308eb01f18b05549f6e2f58d1c8babed65be0bed563a0f6f83af358969587b_cls', 'openub_link_VL_CREDIT_peer_init_0x279aa7ea503025ffc879e5d375181b712d4cdb58046734779d998b18a3078037_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VL credits"
    @property
    def rdl_desc(self) -> str:
        return "Transmit credits of one VL, driven by the hardware. Element i is VL i."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.available
        yield self.peer_init
        
        
class openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls_array(RegAsyncReadOnlyArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL credits                                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Transmit credits of one VL, driven by the hardware. Element i   |
    |              |      is VL i.</p>                                                       |
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
        return openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls

    @property
    def rdl_name(self) -> str:
        return "VL credits"
    @property
    def rdl_desc(self) -> str:
        return "Transmit credits of one VL, driven by the hardware. Element i is VL i."
    
    
    

    
    
class openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL credit stalls                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cycles a packet of this VL waited at the head of its queue for  |
    |              |      credits. Element i is VL i.</p>                                    |
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
        return "VL credit stalls"
    @property
    def rdl_desc(self) -> str:
        return "Cycles a packet of this VL waited at the head of its queue for credits.\nElement i is VL i."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
class openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL credit stalls                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cycles a packet of this VL waited at the head of its queue for  |
    |              |      credits. Element i is VL i.</p>                                    |
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
        return openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls

    @property
    def rdl_name(self) -> str:
        return "VL credit stalls"
    @property
    def rdl_desc(self) -> str:
        return "Cycles a packet of this VL waited at the head of its queue for credits.\nElement i is VL i."
    
    
    


if __name__ == '__main__':
    pass