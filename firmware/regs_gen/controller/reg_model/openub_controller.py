


"""
Python Wrapper for the openub_controller register model

This code was generated from the PeakRDL-python package version 4.0.0

"""












from typing import Iterator
from typing import Optional
from typing import Union
from typing import Type
from typing import overload
from typing import Literal
from typing import Any
from typing import NoReturn
import warnings

from peakrdl_python.lib import Node, NodeArray, Base
from peakrdl_python.lib import UDPStruct

from peakrdl_python.lib  import AddressMapArray, RegFileArray
from peakrdl_python.lib import AsyncMemory, AsyncMemoryArray
from peakrdl_python.lib import AsyncAddressMap
from peakrdl_python.lib import AsyncRegFile
from peakrdl_python.lib  import AsyncAddressMapArray
from peakrdl_python.lib  import AsyncRegFileArray
from peakrdl_python.lib import MemoryAsyncReadOnly, MemoryAsyncWriteOnly, MemoryAsyncReadWrite
from peakrdl_python.lib import MemoryAsyncReadOnlyArray, MemoryAsyncWriteOnlyArray, MemoryAsyncReadWriteArray
from peakrdl_python.lib import AsyncReg, AsyncRegArray
from peakrdl_python.lib import RegAsyncReadOnly, RegAsyncWriteOnly, RegAsyncReadWrite
from peakrdl_python.lib import RegAsyncReadOnlyArray, RegAsyncWriteOnlyArray, RegAsyncReadWriteArray
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field

from peakrdl_python.lib import ReadableAsyncRegister, WritableAsyncRegister
from peakrdl_python.lib import ReadableAsyncMemory, WritableAsyncMemory
from peakrdl_python.lib import ReadableAsyncRegisterArray, WriteableAsyncRegisterArray



from peakrdl_python.lib import AsyncCallbackSet




from peakrdl_python.__about__ import __version__
if __version__ != '4.0.0':
    raise RuntimeError('Library built with peakrdl-python version 4.0.0 however '
                        f'version {__version__} is installed')


from ._registers import openub_controller_IDENT_0x5f60674ab4271efb5a1ff8552190656cc395751c9c8ce097a1e63b10a2e59702_cls
from ._registers import openub_controller_VERSION_0xea8f34edae3c570014fa42e195c1ca94f4f76efd18f0cbce42a7410e165ba250_cls
from ._registers import openub_controller_CAPABILITY_0x5f45253704dcf2ed2f82cd62488166259c2890c44beb6ef1815036efe588dfab_cls
from ._registers import openub_controller_SCRATCH_0x25130822bd3fdb4960542a0c1ade8831ee4e8a80847ed7a82ece8112a848ceb2_cls
from ._registers import openub_controller_EVENT_STATUS_0xa375f31255ec0dca1d1789051e3737cec1eefc1cdc5b435dbf737eca750e96ed_cls
from ._registers import openub_controller_EVENT_ENABLE_0xe3236d4339ff29807b2e122c62be3318b1e74c33daea9da2fd4b970737e6a6d_cls
from ._registers import openub_controller_EVENT_TRIGGER_0x6c7a1fcb35500c746d78e5631c61f392573746852385b4e3725a7c92d4e30d50_cls
from ._registers import openub_controller_ERR_RD_DECODE_CNT_0x19f5fd38819f3870fec1f63d502805723e9a676470b0d5b1f31b3cfbb6e0fe53_cls
from ._registers import openub_controller_ERR_WR_DECODE_CNT_0xfd0868df2dbb26a989219f8cc1018322e414030cde6e51817707aff5a6638194_cls
from ._registers import openub_controller_ERR_RO_WRITE_CNT_0x97676f6f06de4d19afcc956a66cdbb38e1c3a6a1ed7f4189785b1c1b3d37d1dc_cls


# addrmap, regfile, memor and register definitions
    
    
class openub_controller_0xc7c72a6461dd0a8686cd67bb07075f071db24f1119bfb8c9861541efa9eb941_cls(AsyncAddressMap):
    """
    Class to represent a address map in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      OpenUB controller shell                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Identification, capability, scratch, event (interrupt) and      |
    |              |      access-error registers of an OpenUB controller. 32-bit registers   |
    |              |      at byte addresses on an AXI4-Lite bus; an access to an address     |
    |              |      outside this map returns SLVERR, a write to a read-only register   |
    |              |      returns SLVERR and is ignored.</p>                                 |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__IDENT', '__VERSION', '__CAPABILITY', '__SCRATCH', '__EVENT_STATUS', '__EVENT_ENABLE', '__EVENT_TRIGGER', '__ERR_RD_DECODE_CNT', '__ERR_WR_DECODE_CNT', '__ERR_RO_WRITE_CNT']

    def __init__(self, *,
                 address:int=0,
                 logger_handle:str='reg_model.openub_controller',
                 inst_name:str='openub_controller',
                 callbacks: Optional[AsyncCallbackSet]=None,
                 parent:Optional[AsyncAddressMap]=None):

        if callbacks is not None:
            if not isinstance(callbacks, AsyncCallbackSet):
                raise TypeError(f'callbacks should be AsyncCallbackSet got {type(callbacks)}')

        super().__init__(callbacks=callbacks,
                         address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        
            
        self.__IDENT:openub_controller_IDENT_0x5f60674ab4271efb5a1ff8552190656cc395751c9c8ce097a1e63b10a2e59702_cls = openub_controller_IDENT_0x5f60674ab4271efb5a1ff8552190656cc395751c9c8ce097a1e63b10a2e59702_cls(
                                                                     address=self.address+0,
                                                                     logger_handle=logger_handle+'.IDENT',
                                                                     inst_name='IDENT', parent=self)
        
            
        self.__VERSION:openub_controller_VERSION_0xea8f34edae3c570014fa42e195c1ca94f4f76efd18f0cbce42a7410e165ba250_cls = openub_controller_VERSION_0xea8f34edae3c570014fa42e195c1ca94f4f76efd18f0cbce42a7410e165ba250_cls(
                                                                     address=self.address+4,
                                                                     logger_handle=logger_handle+'.VERSION',
                                                                     inst_name='VERSION', parent=self)
        
            
        self.__CAPABILITY:openub_controller_CAPABILITY_0x5f45253704dcf2ed2f82cd62488166259c2890c44beb6ef1815036efe588dfab_cls = openub_controller_CAPABILITY_0x5f45253704dcf2ed2f82cd62488166259c2890c44beb6ef1815036efe588dfab_cls(
                                                                     address=self.address+8,
                                                                     logger_handle=logger_handle+'.CAPABILITY',
                                                                     inst_name='CAPABILITY', parent=self)
        
            
        self.__SCRATCH:openub_controller_SCRATCH_0x25130822bd3fdb4960542a0c1ade8831ee4e8a80847ed7a82ece8112a848ceb2_cls = openub_controller_SCRATCH_0x25130822bd3fdb4960542a0c1ade8831ee4e8a80847ed7a82ece8112a848ceb2_cls(
                                                                     address=self.address+12,
                                                                     logger_handle=logger_handle+'.SCRATCH',
                                                                     inst_name='SCRATCH', parent=self)
        
            
        self.__EVENT_STATUS:openub_controller_EVENT_STATUS_0xa375f31255ec0dca1d1789051e3737cec1eefc1cdc5b435dbf737eca750e96ed_cls = openub_controller_EVENT_STATUS_0xa375f31255ec0dca1d1789051e3737cec1eefc1cdc5b435dbf737eca750e96ed_cls(
                                                                     address=self.address+16,
                                                                     logger_handle=logger_handle+'.EVENT_STATUS',
                                                                     inst_name='EVENT_STATUS', parent=self)
        
            
        self.__EVENT_ENABLE:openub_controller_EVENT_ENABLE_0xe3236d4339ff29807b2e122c62be3318b1e74c33daea9da2fd4b970737e6a6d_cls = openub_controller_EVENT_ENABLE_0xe3236d4339ff29807b2e122c62be3318b1e74c33daea9da2fd4b970737e6a6d_cls(
                                                                     address=self.address+20,
                                                                     logger_handle=logger_handle+'.EVENT_ENABLE',
                                                                     inst_name='EVENT_ENABLE', parent=self)
        
            
        self.__EVENT_TRIGGER:openub_controller_EVENT_TRIGGER_0x6c7a1fcb35500c746d78e5631c61f392573746852385b4e3725a7c92d4e30d50_cls = openub_controller_EVENT_TRIGGER_0x6c7a1fcb35500c746d78e5631c61f392573746852385b4e3725a7c92d4e30d50_cls(
                                                                     address=self.address+24,
                                                                     logger_handle=logger_handle+'.EVENT_TRIGGER',
                                                                     inst_name='EVENT_TRIGGER', parent=self)
        
            
        self.__ERR_RD_DECODE_CNT:openub_controller_ERR_RD_DECODE_CNT_0x19f5fd38819f3870fec1f63d502805723e9a676470b0d5b1f31b3cfbb6e0fe53_cls = openub_controller_ERR_RD_DECODE_CNT_0x19f5fd38819f3870fec1f63d502805723e9a676470b0d5b1f31b3cfbb6e0fe53_cls(
                                                                     address=self.address+32,
                                                                     logger_handle=logger_handle+'.ERR_RD_DECODE_CNT',
                                                                     inst_name='ERR_RD_DECODE_CNT', parent=self)
        
            
        self.__ERR_WR_DECODE_CNT:openub_controller_ERR_WR_DECODE_CNT_0xfd0868df2dbb26a989219f8cc1018322e414030cde6e51817707aff5a6638194_cls = openub_controller_ERR_WR_DECODE_CNT_0xfd0868df2dbb26a989219f8cc1018322e414030cde6e51817707aff5a6638194_cls(
                                                                     address=self.address+36,
                                                                     logger_handle=logger_handle+'.ERR_WR_DECODE_CNT',
                                                                     inst_name='ERR_WR_DECODE_CNT', parent=self)
        
            
        self.__ERR_RO_WRITE_CNT:openub_controller_ERR_RO_WRITE_CNT_0x97676f6f06de4d19afcc956a66cdbb38e1c3a6a1ed7f4189785b1c1b3d37d1dc_cls = openub_controller_ERR_RO_WRITE_CNT_0x97676f6f06de4d19afcc956a66cdbb38e1c3a6a1ed7f4189785b1c1b3d37d1dc_cls(
                                                                     address=self.address+40,
                                                                     logger_handle=logger_handle+'.ERR_RO_WRITE_CNT',
                                                                     inst_name='ERR_RO_WRITE_CNT', parent=self)
        

    @property
    def size(self) -> int:
        return 44
    @property
    def IDENT(self) -> 'openub_controller_IDENT_0x5f60674ab4271efb5a1ff8552190656cc395751c9c8ce097a1e63b10a2e59702_cls':
        """
        Property to access IDENT 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Identification                                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Constant magic number identifying an OpenUB controller.</p>     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__IDENT
        
    @property
    def VERSION(self) -> 'openub_controller_VERSION_0xea8f34edae3c570014fa42e195c1ca94f4f76efd18f0cbce42a7410e165ba250_cls':
        """
        Property to access VERSION 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Version                                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Version of the controller register interface (semantic          |
        |              |      versioning).</p>                                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VERSION
        
    @property
    def CAPABILITY(self) -> 'openub_controller_CAPABILITY_0x5f45253704dcf2ed2f82cd62488166259c2890c44beb6ef1815036efe588dfab_cls':
        """
        Property to access CAPABILITY 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Capability                                                         |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Build-time parameters of this controller instance, driven by    |
        |              |      the hardware.</p>                                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CAPABILITY
        
    @property
    def SCRATCH(self) -> 'openub_controller_SCRATCH_0x25130822bd3fdb4960542a0c1ade8831ee4e8a80847ed7a82ece8112a848ceb2_cls':
        """
        Property to access SCRATCH 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Scratch                                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Read/write register with no hardware effect, for bus and driver |
        |              |      tests.</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__SCRATCH
        
    @property
    def EVENT_STATUS(self) -> 'openub_controller_EVENT_STATUS_0xa375f31255ec0dca1d1789051e3737cec1eefc1cdc5b435dbf737eca750e96ed_cls':
        """
        Property to access EVENT_STATUS 

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
        |              |      <p>Sticky interrupt status. A bit is set by its event source and   |
        |              |      stays set until software writes 1 to it (write-one-to-clear). An   |
        |              |      event arriving in the same cycle as the clear keeps the bit set.   |
        |              |      The interrupt line is the OR of (EVENT_STATUS &amp;                |
        |              |      EVENT_ENABLE).</p>                                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__EVENT_STATUS
        
    @property
    def EVENT_ENABLE(self) -> 'openub_controller_EVENT_ENABLE_0xe3236d4339ff29807b2e122c62be3318b1e74c33daea9da2fd4b970737e6a6d_cls':
        """
        Property to access EVENT_ENABLE 

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
        return self.__EVENT_ENABLE
        
    @property
    def EVENT_TRIGGER(self) -> 'openub_controller_EVENT_TRIGGER_0x6c7a1fcb35500c746d78e5631c61f392573746852385b4e3725a7c92d4e30d50_cls':
        """
        Property to access EVENT_TRIGGER 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Event trigger                                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Software event trigger. Reads as 0.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__EVENT_TRIGGER
        
    @property
    def ERR_RD_DECODE_CNT(self) -> 'openub_controller_ERR_RD_DECODE_CNT_0x19f5fd38819f3870fec1f63d502805723e9a676470b0d5b1f31b3cfbb6e0fe53_cls':
        """
        Property to access ERR_RD_DECODE_CNT 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Read decode error count                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Number of AXI4-Lite reads to an address outside this map.</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ERR_RD_DECODE_CNT
        
    @property
    def ERR_WR_DECODE_CNT(self) -> 'openub_controller_ERR_WR_DECODE_CNT_0xfd0868df2dbb26a989219f8cc1018322e414030cde6e51817707aff5a6638194_cls':
        """
        Property to access ERR_WR_DECODE_CNT 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Write decode error count                                           |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Number of AXI4-Lite writes to an address outside this map.</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ERR_WR_DECODE_CNT
        
    @property
    def ERR_RO_WRITE_CNT(self) -> 'openub_controller_ERR_RO_WRITE_CNT_0x97676f6f06de4d19afcc956a66cdbb38e1c3a6a1ed7f4189785b1c1b3d37d1dc_cls':
        """
        Property to access ERR_RO_WRITE_CNT 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Read-only write count                                              |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Number of AXI4-Lite writes to a register with no software-      |
        |              |      writable field.</p>                                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ERR_RO_WRITE_CNT
        

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'IDENT':'IDENT','VERSION':'VERSION','CAPABILITY':'CAPABILITY','SCRATCH':'SCRATCH','EVENT_STATUS':'EVENT_STATUS','EVENT_ENABLE':'EVENT_ENABLE','EVENT_TRIGGER':'EVENT_TRIGGER','ERR_RD_DECODE_CNT':'ERR_RD_DECODE_CNT','ERR_WR_DECODE_CNT':'ERR_WR_DECODE_CNT','ERR_RO_WRITE_CNT':'ERR_RO_WRITE_CNT',
            }

    
    
    
    
    
    
    # nodes:10
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["IDENT"]) -> 'openub_controller_IDENT_0x5f60674ab4271efb5a1ff8552190656cc395751c9c8ce097a1e63b10a2e59702_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VERSION"]) -> 'openub_controller_VERSION_0xea8f34edae3c570014fa42e195c1ca94f4f76efd18f0cbce42a7410e165ba250_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CAPABILITY"]) -> 'openub_controller_CAPABILITY_0x5f45253704dcf2ed2f82cd62488166259c2890c44beb6ef1815036efe588dfab_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["SCRATCH"]) -> 'openub_controller_SCRATCH_0x25130822bd3fdb4960542a0c1ade8831ee4e8a80847ed7a82ece8112a848ceb2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["EVENT_STATUS"]) -> 'openub_controller_EVENT_STATUS_0xa375f31255ec0dca1d1789051e3737cec1eefc1cdc5b435dbf737eca750e96ed_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["EVENT_ENABLE"]) -> 'openub_controller_EVENT_ENABLE_0xe3236d4339ff29807b2e122c62be3318b1e74c33daea9da2fd4b970737e6a6d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["EVENT_TRIGGER"]) -> 'openub_controller_EVENT_TRIGGER_0x6c7a1fcb35500c746d78e5631c61f392573746852385b4e3725a7c92d4e30d50_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ERR_RD_DECODE_CNT"]) -> 'openub_controller_ERR_RD_DECODE_CNT_0x19f5fd38819f3870fec1f63d502805723e9a676470b0d5b1f31b3cfbb6e0fe53_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ERR_WR_DECODE_CNT"]) -> 'openub_controller_ERR_WR_DECODE_CNT_0xfd0868df2dbb26a989219f8cc1018322e414030cde6e51817707aff5a6638194_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ERR_RO_WRITE_CNT"]) -> 'openub_controller_ERR_RO_WRITE_CNT_0x97676f6f06de4d19afcc956a66cdbb38e1c3a6a1ed7f4189785b1c1b3d37d1dc_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_controller_IDENT_0x5f60674ab4271efb5a1ff8552190656cc395751c9c8ce097a1e63b10a2e59702_cls', 'openub_controller_VERSION_0xea8f34edae3c570014fa42e195c1ca94f4f76efd18f0cbce42a7410e165ba250_cls', 'openub_controller_CAPABILITY_0x5f45253704dcf2ed2f82cd62488166259c2890c44beb6ef1815036efe588dfab_cls', 'openub_controller_SCRATCH_0x25130822bd3fdb4960542a0c1ade8831ee4e8a80847ed7a82ece8112a848ceb2_cls', 'openub_controller_EVENT_STATUS_0xa375f31255ec0dca1d1789051e3737cec1eefc1cdc5b435dbf737eca750e96ed_cls', 'openub_controller_EVENT_ENABLE_0xe3236d4339ff29807b2e122c62be3318b1e74c33daea9da2fd4b970737e6a6d_cls', 'openub_controller_EVENT_TRIGGER_0x6c7a1fcb35500c746d78e5631c61f392573746852385b4e3725a7c92d4e30d50_cls', 'openub_controller_ERR_RD_DECODE_CNT_0x19f5fd38819f3870fec1f63d502805723e9a676470b0d5b1f31b3cfbb6e0fe53_cls', 'openub_controller_ERR_WR_DECODE_CNT_0xfd0868df2dbb26a989219f8cc1018322e414030cde6e51817707aff5a6638194_cls', 'openub_controller_ERR_RO_WRITE_CNT_0x97676f6f06de4d19afcc956a66cdbb38e1c3a6a1ed7f4189785b1c1b3d37d1dc_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "OpenUB controller shell"
    @property
    def rdl_desc(self) -> str:
        return "Identification, capability, scratch, event (interrupt) and access-error\nregisters of an OpenUB controller. 32-bit registers at byte addresses on an AXI4-Lite\nbus; an access to an address outside this map returns SLVERR, a write to a read-only\nregister returns SLVERR and is ignored."
    
    

    
    def __iter__(self) -> Iterator[Union[Node, NodeArray]]:
        
        
        yield self.IDENT
        yield self.VERSION
        yield self.CAPABILITY
        yield self.SCRATCH
        yield self.EVENT_STATUS
        yield self.EVENT_ENABLE
        yield self.EVENT_TRIGGER
        yield self.ERR_RD_DECODE_CNT
        yield self.ERR_WR_DECODE_CNT
        yield self.ERR_RO_WRITE_CNT
        
        
    


openub_controller_cls = openub_controller_0xc7c72a6461dd0a8686cd67bb07075f071db24f1119bfb8c9861541efa9eb941_cls

if __name__ == '__main__':
    # dummy functions to demonstrate the class
    async def read_addr_space(addr: int, width: int, accesswidth: int) -> int:
        """
        Callback to simulate the operation of the package, everytime the read is called, it will
        request the user input the value to be read back.

        Args:
            addr: Address to write to
            width: Width of the register in bits
            accesswidth: Minimum access width of the register in bits

        Returns:
            value inputted by the used
        """
        assert isinstance(addr, int)
        assert isinstance(width, int)
        assert isinstance(accesswidth, int)
        return int(input('value to read from address:0x%X'%addr))

    async def write_addr_space(addr: int, width: int, accesswidth: int, data: int) -> None:
        """
        Callback to simulate the operation of the package, everytime the read is called, it will
        request the user input the value to be read back.

        Args:
            addr: Address to write to
            width: Width of the register in bits
            accesswidth: Minimum access width of the register in bits
            data: value to be written to the register

        Returns:
            None
        """
        assert isinstance(addr, int)
        assert isinstance(width, int)
        assert isinstance(accesswidth, int)
        assert isinstance(data, int)
        print('write data:0x%X to address:0x%X'%(data, addr))

    # create an instance of the class
    openub_controller = openub_controller_cls(callbacks = AsyncCallbackSet(read_callback=read_addr_space,
                                                                                                     write_callback=write_addr_space))