

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






from .fields import openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls
from .fields import openub_dll_VL_CRD_crd_0x4d4ef2030bd9599446fa21ff3fa0339c2dd7096eafb585ac079fa4b2aeee2d20_cls

# register definitions
    
    
class openub_dll_counter_reg_0x3c24d993b389fbd70226b7d087a00684c2fc271bf1e95d778ae82087432d3eaa_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RX_PHY_ERR_FLITS                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits the PHY could not decode (an FEC decode failure or a lost |
    |              |      codeword): each fails its block and asks for a retry (E4           |
    |              |      4.3.2.2.1).</p>                                                    |
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
        return "RX_PHY_ERR_FLITS"
    @property
    def rdl_desc(self) -> str:
        return "Flits the PHY could not decode (an FEC decode failure or a lost codeword): each fails its block and asks for a retry (E4 4.3.2.2.1)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Per-VL DLLDPs taken                                                |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DLLDPs of VL i the transmitter took (busi_pkt_num, transmit     |
    |              |      side).</p>                                                         |
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
        return "Per-VL DLLDPs taken"
    @property
    def rdl_desc(self) -> str:
        return "DLLDPs of VL i the transmitter took (busi_pkt_num, transmit side)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
class openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Per-VL DLLDPs taken                                                |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DLLDPs of VL i the transmitter took (busi_pkt_num, transmit     |
    |              |      side).</p>                                                         |
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
        return openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls

    @property
    def rdl_name(self) -> str:
        return "Per-VL DLLDPs taken"
    @property
    def rdl_desc(self) -> str:
        return "DLLDPs of VL i the transmitter took (busi_pkt_num, transmit side)."
    
    
    

    
    
class openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Per-VL DLLDPs received                                             |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DLLDPs of VL i passed up (busi_pkt_num, receive side).</p>      |
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
        return "Per-VL DLLDPs received"
    @property
    def rdl_desc(self) -> str:
        return "DLLDPs of VL i passed up (busi_pkt_num, receive side)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
class openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls_array(RegAsyncReadWriteArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Per-VL DLLDPs received                                             |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DLLDPs of VL i passed up (busi_pkt_num, receive side).</p>      |
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
        return openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls

    @property
    def rdl_name(self) -> str:
        return "Per-VL DLLDPs received"
    @property
    def rdl_desc(self) -> str:
        return "DLLDPs of VL i passed up (busi_pkt_num, receive side)."
    
    
    

    
    
class openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL credit                                                          |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The peer's credit this end holds for VL i, in cells of the      |
    |              |      negotiated size.</p>                                               |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__crd']

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
        
        self.__crd:openub_dll_VL_CRD_crd_0x4d4ef2030bd9599446fa21ff3fa0339c2dd7096eafb585ac079fa4b2aeee2d20_cls = openub_dll_VL_CRD_crd_0x4d4ef2030bd9599446fa21ff3fa0339c2dd7096eafb585ac079fa4b2aeee2d20_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.crd',
            inst_name='crd',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,crd : int,) -> int:
        return super().register_value(crd=crd,)
    

    

    

    # build the properties for the fields
    
    @property
    def crd(self) -> openub_dll_VL_CRD_crd_0x4d4ef2030bd9599446fa21ff3fa0339c2dd7096eafb585ac079fa4b2aeee2d20_cls:
        """
        Property to access crd field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cells.</p>                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__crd

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'crd':'crd',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_dll_VL_CRD_crd_0x4d4ef2030bd9599446fa21ff3fa0339c2dd7096eafb585ac079fa4b2aeee2d20_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VL credit"
    @property
    def rdl_desc(self) -> str:
        return "The peer\u0027s credit this end holds for VL i, in cells of the negotiated size."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.crd
        
        
class openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls_array(RegAsyncReadOnlyArray):
    """
    Class to represent a register array in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VL credit                                                          |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The peer's credit this end holds for VL i, in cells of the      |
    |              |      negotiated size.</p>                                               |
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
        return openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls

    @property
    def rdl_name(self) -> str:
        return "VL credit"
    @property
    def rdl_desc(self) -> str:
        return "The peer\u0027s credit this end holds for VL i, in cells of the negotiated size."
    
    
    


if __name__ == '__main__':
    pass