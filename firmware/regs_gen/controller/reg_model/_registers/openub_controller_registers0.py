

"""
Python Wrapper for the openub_controller register model

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






from .fields import openub_controller_IDENT_magic_0xaccfb3705caafc86038d6ddc12ff5aa9e61cf050a0e03f70db8aa0815e67eeae_cls
from .fields import openub_controller_VERSION_patch_0x41d7eddf25956dc3b52fdc97ff8ed336049d7cf431a2894566ddcdc048f5968d_cls
from .fields import openub_controller_VERSION_minor_0xa37288cf6f2209ee4af59c9c3f92a554a84b883ac6dd383307896170b17ef8c2_cls
from .fields import openub_controller_VERSION_major_0xaa2206e41277e82ad59d9dba65d7d9f34df1b66ae28ea349566056ebd261b49a_cls
from .fields import openub_controller_CAPABILITY_num_vls_0xd056d22e59ecf8b4ab8d58219b036417cf5105ae42eaf771059e7798b56c91fd_cls
from .fields import openub_controller_CAPABILITY_stream_bytes_0x7a7c1a4a1fc5d9297feb29acdac6493994336ca3209051de6224a741cd46ecf3_cls
from .fields import openub_controller_CAPABILITY_flit_bytes_0xdb38819be8fc00f31bc00fb3d70a4e7ed84275ab80556e9a287945de996a8f27_cls
from .fields import openub_controller_CAPABILITY_num_ext_events_0xbaa44f27bec8758ddcafc115a7889132f4aab771dcf5a0d87033a55ec7692e30_cls
from .fields import openub_controller_SCRATCH_value_0x4d824916a6edd8d103a3d6e75f085427012e435e52efb28e52856ca7342089c1_cls
from .fields import openub_controller_EVENT_STATUS_decode_err_0x303cc52f8468dad9ad53282d2b3d8c429f6d0352e6b6e8f872965bca7c9f8b12_cls
from .fields import openub_controller_EVENT_STATUS_ro_write_0xe35a4a4223c3901380e74fbe09a91d397b8f11c459c3a2cfa5158f76394cc09b_cls
from .fields import openub_controller_EVENT_STATUS_sw_event_0xe69877e784c699e11e4968434778f2a8092d8135dde1c09ac4d9e8aee51144e9_cls
from .fields import openub_controller_EVENT_STATUS_ext_0xe192060dd116b4e621fedd329b9564adb7172f843ce567953e8a9ef8e4d8be6b_cls
from .fields import openub_controller_EVENT_ENABLE_decode_err_0xf9c70ec56f1c0f6052783ab966a7dcf631fcd1bbedc795a4b5e7733dd2cb1d56_cls
from .fields import openub_controller_EVENT_ENABLE_ro_write_0x1e1125f13ab3e3dd764097554b6b9ce3d9a2d248e74c9acf6bd7399a4b27b396_cls
from .fields import openub_controller_EVENT_ENABLE_sw_event_0x7bd0944f6a56ff7464946b25d24aeaa16918e440ee0bac5fcbe465c336f13095_cls
from .fields import openub_controller_EVENT_ENABLE_ext_0x17f1517a81d6891ceda6c9f5c164cf6fc442cc4d49c7549dbeff074894d32491_cls
from .fields import openub_controller_EVENT_TRIGGER_sw_event_0x268b6ca5caed4191a42b0670e64ca8501af0dc5e3c75f192dc40decb8a3d07f1_cls
from .fields import openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls

# register definitions
    
    
class openub_controller_IDENT_0x5f60674ab4271efb5a1ff8552190656cc395751c9c8ce097a1e63b10a2e59702_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

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

    __slots__ : list[str] = ['__magic']

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
        
        self.__magic:openub_controller_IDENT_magic_0xaccfb3705caafc86038d6ddc12ff5aa9e61cf050a0e03f70db8aa0815e67eeae_cls = openub_controller_IDENT_magic_0xaccfb3705caafc86038d6ddc12ff5aa9e61cf050a0e03f70db8aa0815e67eeae_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=1330987569,
                is_volatile=False),
            logger_handle=logger_handle+'.magic',
            inst_name='magic',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,magic : int,) -> int:
        return super().register_value(magic=magic,)
    

    

    

    # build the properties for the fields
    
    @property
    def magic(self) -> openub_controller_IDENT_magic_0xaccfb3705caafc86038d6ddc12ff5aa9e61cf050a0e03f70db8aa0815e67eeae_cls:
        """
        Property to access magic field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Magic number 0x4F554231, the ASCII string "OUB1".</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__magic

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'magic':'magic',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_controller_IDENT_magic_0xaccfb3705caafc86038d6ddc12ff5aa9e61cf050a0e03f70db8aa0815e67eeae_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Identification"
    @property
    def rdl_desc(self) -> str:
        return "Constant magic number identifying an OpenUB controller."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.magic
        
        
    

    
    
class openub_controller_VERSION_0xea8f34edae3c570014fa42e195c1ca94f4f76efd18f0cbce42a7410e165ba250_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

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

    __slots__ : list[str] = ['__patch', '__minor', '__major']

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
        
        self.__patch:openub_controller_VERSION_patch_0x41d7eddf25956dc3b52fdc97ff8ed336049d7cf431a2894566ddcdc048f5968d_cls = openub_controller_VERSION_patch_0x41d7eddf25956dc3b52fdc97ff8ed336049d7cf431a2894566ddcdc048f5968d_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.patch',
            inst_name='patch',
            field_type=int)
        self.__minor:openub_controller_VERSION_minor_0xa37288cf6f2209ee4af59c9c3f92a554a84b883ac6dd383307896170b17ef8c2_cls = openub_controller_VERSION_minor_0xa37288cf6f2209ee4af59c9c3f92a554a84b883ac6dd383307896170b17ef8c2_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.minor',
            inst_name='minor',
            field_type=int)
        self.__major:openub_controller_VERSION_major_0xaa2206e41277e82ad59d9dba65d7d9f34df1b66ae28ea349566056ebd261b49a_cls = openub_controller_VERSION_major_0xaa2206e41277e82ad59d9dba65d7d9f34df1b66ae28ea349566056ebd261b49a_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.major',
            inst_name='major',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,patch : int,minor : int,major : int,) -> int:
        return super().register_value(patch=patch,minor=minor,major=major,)
    

    

    

    # build the properties for the fields
    
    @property
    def patch(self) -> openub_controller_VERSION_patch_0x41d7eddf25956dc3b52fdc97ff8ed336049d7cf431a2894566ddcdc048f5968d_cls:
        """
        Property to access patch field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Patch version: incremented on fixes that do not change the      |
        |              |      map.</p>                                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__patch
    @property
    def minor(self) -> openub_controller_VERSION_minor_0xa37288cf6f2209ee4af59c9c3f92a554a84b883ac6dd383307896170b17ef8c2_cls:
        """
        Property to access minor field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Minor version: incremented on backward-compatible               |
        |              |      additions.</p>                                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__minor
    @property
    def major(self) -> openub_controller_VERSION_major_0xaa2206e41277e82ad59d9dba65d7d9f34df1b66ae28ea349566056ebd261b49a_cls:
        """
        Property to access major field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Major version: incremented on incompatible register map         |
        |              |      changes.</p>                                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__major

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'patch':'patch','minor':'minor','major':'major',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["patch"]) -> 'openub_controller_VERSION_patch_0x41d7eddf25956dc3b52fdc97ff8ed336049d7cf431a2894566ddcdc048f5968d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["minor"]) -> 'openub_controller_VERSION_minor_0xa37288cf6f2209ee4af59c9c3f92a554a84b883ac6dd383307896170b17ef8c2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["major"]) -> 'openub_controller_VERSION_major_0xaa2206e41277e82ad59d9dba65d7d9f34df1b66ae28ea349566056ebd261b49a_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_controller_VERSION_patch_0x41d7eddf25956dc3b52fdc97ff8ed336049d7cf431a2894566ddcdc048f5968d_cls', 'openub_controller_VERSION_minor_0xa37288cf6f2209ee4af59c9c3f92a554a84b883ac6dd383307896170b17ef8c2_cls', 'openub_controller_VERSION_major_0xaa2206e41277e82ad59d9dba65d7d9f34df1b66ae28ea349566056ebd261b49a_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Version"
    @property
    def rdl_desc(self) -> str:
        return "Version of the controller register interface (semantic versioning)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.patch
        yield self.minor
        yield self.major
        
        
    

    
    
class openub_controller_CAPABILITY_0x5f45253704dcf2ed2f82cd62488166259c2890c44beb6ef1815036efe588dfab_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

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

    __slots__ : list[str] = ['__num_vls', '__stream_bytes', '__flit_bytes', '__num_ext_events']

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
        
        self.__num_vls:openub_controller_CAPABILITY_num_vls_0xd056d22e59ecf8b4ab8d58219b036417cf5105ae42eaf771059e7798b56c91fd_cls = openub_controller_CAPABILITY_num_vls_0xd056d22e59ecf8b4ab8d58219b036417cf5105ae42eaf771059e7798b56c91fd_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.num_vls',
            inst_name='num_vls',
            field_type=int)
        self.__stream_bytes:openub_controller_CAPABILITY_stream_bytes_0x7a7c1a4a1fc5d9297feb29acdac6493994336ca3209051de6224a741cd46ecf3_cls = openub_controller_CAPABILITY_stream_bytes_0x7a7c1a4a1fc5d9297feb29acdac6493994336ca3209051de6224a741cd46ecf3_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.stream_bytes',
            inst_name='stream_bytes',
            field_type=int)
        self.__flit_bytes:openub_controller_CAPABILITY_flit_bytes_0xdb38819be8fc00f31bc00fb3d70a4e7ed84275ab80556e9a287945de996a8f27_cls = openub_controller_CAPABILITY_flit_bytes_0xdb38819be8fc00f31bc00fb3d70a4e7ed84275ab80556e9a287945de996a8f27_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.flit_bytes',
            inst_name='flit_bytes',
            field_type=int)
        self.__num_ext_events:openub_controller_CAPABILITY_num_ext_events_0xbaa44f27bec8758ddcafc115a7889132f4aab771dcf5a0d87033a55ec7692e30_cls = openub_controller_CAPABILITY_num_ext_events_0xbaa44f27bec8758ddcafc115a7889132f4aab771dcf5a0d87033a55ec7692e30_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=24, msb=31,
                low=24, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.num_ext_events',
            inst_name='num_ext_events',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,num_vls : int,stream_bytes : int,flit_bytes : int,num_ext_events : int,) -> int:
        return super().register_value(num_vls=num_vls,stream_bytes=stream_bytes,flit_bytes=flit_bytes,num_ext_events=num_ext_events,)
    

    

    

    # build the properties for the fields
    
    @property
    def num_vls(self) -> openub_controller_CAPABILITY_num_vls_0xd056d22e59ecf8b4ab8d58219b036417cf5105ae42eaf771059e7798b56c91fd_cls:
        """
        Property to access num_vls field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Number of virtual lanes (VLs) implemented by the data link      |
        |              |      layer.</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__num_vls
    @property
    def stream_bytes(self) -> openub_controller_CAPABILITY_stream_bytes_0x7a7c1a4a1fc5d9297feb29acdac6493994336ca3209051de6224a741cd46ecf3_cls:
        """
        Property to access stream_bytes field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Bytes per beat of the internal packet stream.</p>               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__stream_bytes
    @property
    def flit_bytes(self) -> openub_controller_CAPABILITY_flit_bytes_0xdb38819be8fc00f31bc00fb3d70a4e7ed84275ab80556e9a287945de996a8f27_cls:
        """
        Property to access flit_bytes field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Bytes per data link flit.</p>                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__flit_bytes
    @property
    def num_ext_events(self) -> openub_controller_CAPABILITY_num_ext_events_0xbaa44f27bec8758ddcafc115a7889132f4aab771dcf5a0d87033a55ec7692e30_cls:
        """
        Property to access num_ext_events field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Number of external event inputs wired to EVENT_STATUS.ext.</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__num_ext_events

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'num_vls':'num_vls','stream_bytes':'stream_bytes','flit_bytes':'flit_bytes','num_ext_events':'num_ext_events',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["num_vls"]) -> 'openub_controller_CAPABILITY_num_vls_0xd056d22e59ecf8b4ab8d58219b036417cf5105ae42eaf771059e7798b56c91fd_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["stream_bytes"]) -> 'openub_controller_CAPABILITY_stream_bytes_0x7a7c1a4a1fc5d9297feb29acdac6493994336ca3209051de6224a741cd46ecf3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["flit_bytes"]) -> 'openub_controller_CAPABILITY_flit_bytes_0xdb38819be8fc00f31bc00fb3d70a4e7ed84275ab80556e9a287945de996a8f27_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["num_ext_events"]) -> 'openub_controller_CAPABILITY_num_ext_events_0xbaa44f27bec8758ddcafc115a7889132f4aab771dcf5a0d87033a55ec7692e30_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_controller_CAPABILITY_num_vls_0xd056d22e59ecf8b4ab8d58219b036417cf5105ae42eaf771059e7798b56c91fd_cls', 'openub_controller_CAPABILITY_stream_bytes_0x7a7c1a4a1fc5d9297feb29acdac6493994336ca3209051de6224a741cd46ecf3_cls', 'openub_controller_CAPABILITY_flit_bytes_0xdb38819be8fc00f31bc00fb3d70a4e7ed84275ab80556e9a287945de996a8f27_cls', 'openub_controller_CAPABILITY_num_ext_events_0xbaa44f27bec8758ddcafc115a7889132f4aab771dcf5a0d87033a55ec7692e30_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Capability"
    @property
    def rdl_desc(self) -> str:
        return "Build-time parameters of this controller instance, driven by the hardware."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.num_vls
        yield self.stream_bytes
        yield self.flit_bytes
        yield self.num_ext_events
        
        
    

    
    
class openub_controller_SCRATCH_0x25130822bd3fdb4960542a0c1ade8831ee4e8a80847ed7a82ece8112a848ceb2_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

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

    __slots__ : list[str] = ['__value']

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
        
        self.__value:openub_controller_SCRATCH_value_0x4d824916a6edd8d103a3d6e75f085427012e435e52efb28e52856ca7342089c1_cls = openub_controller_SCRATCH_value_0x4d824916a6edd8d103a3d6e75f085427012e435e52efb28e52856ca7342089c1_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,value : int,) -> None:
        return await super().write_all_fields_without_read(value=value,)
         
    

    # build the properties for the fields
    
    @property
    def value(self) -> openub_controller_SCRATCH_value_0x4d824916a6edd8d103a3d6e75f085427012e435e52efb28e52856ca7342089c1_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Free for software use; the hardware only exposes its value.</p> |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_controller_SCRATCH_value_0x4d824916a6edd8d103a3d6e75f085427012e435e52efb28e52856ca7342089c1_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Scratch"
    @property
    def rdl_desc(self) -> str:
        return "Read/write register with no hardware effect, for bus and driver tests."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class openub_controller_EVENT_STATUS_0xa375f31255ec0dca1d1789051e3737cec1eefc1cdc5b435dbf737eca750e96ed_cls(RegAsyncReadWrite):
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
    |              |      <p>Sticky interrupt status. A bit is set by its event source and   |
    |              |      stays set until software writes 1 to it (write-one-to-clear). An   |
    |              |      event arriving in the same cycle as the clear keeps the bit set.   |
    |              |      The interrupt line is the OR of (EVENT_STATUS &amp;                |
    |              |      EVENT_ENABLE).</p>                                                 |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__decode_err', '__ro_write', '__sw_event', '__ext']

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
        
        self.__decode_err:openub_controller_EVENT_STATUS_decode_err_0x303cc52f8468dad9ad53282d2b3d8c429f6d0352e6b6e8f872965bca7c9f8b12_cls = openub_controller_EVENT_STATUS_decode_err_0x303cc52f8468dad9ad53282d2b3d8c429f6d0352e6b6e8f872965bca7c9f8b12_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.decode_err',
            inst_name='decode_err',
            field_type=int)
        self.__ro_write:openub_controller_EVENT_STATUS_ro_write_0xe35a4a4223c3901380e74fbe09a91d397b8f11c459c3a2cfa5158f76394cc09b_cls = openub_controller_EVENT_STATUS_ro_write_0xe35a4a4223c3901380e74fbe09a91d397b8f11c459c3a2cfa5158f76394cc09b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.ro_write',
            inst_name='ro_write',
            field_type=int)
        self.__sw_event:openub_controller_EVENT_STATUS_sw_event_0xe69877e784c699e11e4968434778f2a8092d8135dde1c09ac4d9e8aee51144e9_cls = openub_controller_EVENT_STATUS_sw_event_0xe69877e784c699e11e4968434778f2a8092d8135dde1c09ac4d9e8aee51144e9_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.sw_event',
            inst_name='sw_event',
            field_type=int)
        self.__ext:openub_controller_EVENT_STATUS_ext_0xe192060dd116b4e621fedd329b9564adb7172f843ce567953e8a9ef8e4d8be6b_cls = openub_controller_EVENT_STATUS_ext_0xe192060dd116b4e621fedd329b9564adb7172f843ce567953e8a9ef8e4d8be6b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=8, msb=23,
                low=8, high=23),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=True),
            logger_handle=logger_handle+'.ext',
            inst_name='ext',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,decode_err : int,ro_write : int,sw_event : int,ext : int,) -> int:
        return super().register_value(decode_err=decode_err,ro_write=ro_write,sw_event=sw_event,ext=ext,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,decode_err : int,ro_write : int,sw_event : int,ext : int,) -> None:
        return await super().write_all_fields_without_read(decode_err=decode_err,ro_write=ro_write,sw_event=sw_event,ext=ext,)
         
    

    # build the properties for the fields
    
    @property
    def decode_err(self) -> openub_controller_EVENT_STATUS_decode_err_0x303cc52f8468dad9ad53282d2b3d8c429f6d0352e6b6e8f872965bca7c9f8b12_cls:
        """
        Property to access decode_err field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>An AXI4-Lite access (read or write) to an address outside this  |
        |              |      map.</p>                                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__decode_err
    @property
    def ro_write(self) -> openub_controller_EVENT_STATUS_ro_write_0xe35a4a4223c3901380e74fbe09a91d397b8f11c459c3a2cfa5158f76394cc09b_cls:
        """
        Property to access ro_write field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A write to a register that has no software-writable field.</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ro_write
    @property
    def sw_event(self) -> openub_controller_EVENT_STATUS_sw_event_0xe69877e784c699e11e4968434778f2a8092d8135dde1c09ac4d9e8aee51144e9_cls:
        """
        Property to access sw_event field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Software event, set by writing 1 to EVENT_TRIGGER.sw_event;     |
        |              |      tests the interrupt path end to end.</p>                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__sw_event
    @property
    def ext(self) -> openub_controller_EVENT_STATUS_ext_0xe192060dd116b4e621fedd329b9564adb7172f843ce567953e8a9ef8e4d8be6b_cls:
        """
        Property to access ext field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>External events: 16 event inputs from other controller          |
        |              |      blocks.</p>                                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ext

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'decode_err':'decode_err','ro_write':'ro_write','sw_event':'sw_event','ext':'ext',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["decode_err"]) -> 'openub_controller_EVENT_STATUS_decode_err_0x303cc52f8468dad9ad53282d2b3d8c429f6d0352e6b6e8f872965bca7c9f8b12_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ro_write"]) -> 'openub_controller_EVENT_STATUS_ro_write_0xe35a4a4223c3901380e74fbe09a91d397b8f11c459c3a2cfa5158f76394cc09b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["sw_event"]) -> 'openub_controller_EVENT_STATUS_sw_event_0xe69877e784c699e11e4968434778f2a8092d8135dde1c09ac4d9e8aee51144e9_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ext"]) -> 'openub_controller_EVENT_STATUS_ext_0xe192060dd116b4e621fedd329b9564adb7172f843ce567953e8a9ef8e4d8be6b_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_controller_EVENT_STATUS_decode_err_0x303cc52f8468dad9ad53282d2b3d8c429f6d0352e6b6e8f872965bca7c9f8b12_cls', 'openub_controller_EVENT_STATUS_ro_write_0xe35a4a4223c3901380e74fbe09a91d397b8f11c459c3a2cfa5158f76394cc09b_cls', 'openub_controller_EVENT_STATUS_sw_event_0xe69877e784c699e11e4968434778f2a8092d8135dde1c09ac4d9e8aee51144e9_cls', 'openub_controller_EVENT_STATUS_ext_0xe192060dd116b4e621fedd329b9564adb7172f843ce567953e8a9ef8e4d8be6b_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Event status"
    @property
    def rdl_desc(self) -> str:
        return "Sticky interrupt status. A bit is set by its event source and stays set until\nsoftware writes 1 to it (write-one-to-clear). An event arriving in the same cycle as the\nclear keeps the bit set. The interrupt line is the OR of (EVENT_STATUS \u0026 EVENT_ENABLE)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.decode_err
        yield self.ro_write
        yield self.sw_event
        yield self.ext
        
        
    

    
    
class openub_controller_EVENT_ENABLE_0xe3236d4339ff29807b2e122c62be3318b1e74c33daea9da2fd4b970737e6a6d_cls(RegAsyncReadWrite):
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

    __slots__ : list[str] = ['__decode_err', '__ro_write', '__sw_event', '__ext']

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
        
        self.__decode_err:openub_controller_EVENT_ENABLE_decode_err_0xf9c70ec56f1c0f6052783ab966a7dcf631fcd1bbedc795a4b5e7733dd2cb1d56_cls = openub_controller_EVENT_ENABLE_decode_err_0xf9c70ec56f1c0f6052783ab966a7dcf631fcd1bbedc795a4b5e7733dd2cb1d56_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.decode_err',
            inst_name='decode_err',
            field_type=int)
        self.__ro_write:openub_controller_EVENT_ENABLE_ro_write_0x1e1125f13ab3e3dd764097554b6b9ce3d9a2d248e74c9acf6bd7399a4b27b396_cls = openub_controller_EVENT_ENABLE_ro_write_0x1e1125f13ab3e3dd764097554b6b9ce3d9a2d248e74c9acf6bd7399a4b27b396_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.ro_write',
            inst_name='ro_write',
            field_type=int)
        self.__sw_event:openub_controller_EVENT_ENABLE_sw_event_0x7bd0944f6a56ff7464946b25d24aeaa16918e440ee0bac5fcbe465c336f13095_cls = openub_controller_EVENT_ENABLE_sw_event_0x7bd0944f6a56ff7464946b25d24aeaa16918e440ee0bac5fcbe465c336f13095_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.sw_event',
            inst_name='sw_event',
            field_type=int)
        self.__ext:openub_controller_EVENT_ENABLE_ext_0x17f1517a81d6891ceda6c9f5c164cf6fc442cc4d49c7549dbeff074894d32491_cls = openub_controller_EVENT_ENABLE_ext_0x17f1517a81d6891ceda6c9f5c164cf6fc442cc4d49c7549dbeff074894d32491_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=8, msb=23,
                low=8, high=23),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.ext',
            inst_name='ext',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,decode_err : int,ro_write : int,sw_event : int,ext : int,) -> int:
        return super().register_value(decode_err=decode_err,ro_write=ro_write,sw_event=sw_event,ext=ext,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,decode_err : int,ro_write : int,sw_event : int,ext : int,) -> None:
        return await super().write_all_fields_without_read(decode_err=decode_err,ro_write=ro_write,sw_event=sw_event,ext=ext,)
         
    

    # build the properties for the fields
    
    @property
    def decode_err(self) -> openub_controller_EVENT_ENABLE_decode_err_0xf9c70ec56f1c0f6052783ab966a7dcf631fcd1bbedc795a4b5e7733dd2cb1d56_cls:
        """
        Property to access decode_err field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.decode_err onto the interrupt line.</p>     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__decode_err
    @property
    def ro_write(self) -> openub_controller_EVENT_ENABLE_ro_write_0x1e1125f13ab3e3dd764097554b6b9ce3d9a2d248e74c9acf6bd7399a4b27b396_cls:
        """
        Property to access ro_write field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.ro_write onto the interrupt line.</p>       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ro_write
    @property
    def sw_event(self) -> openub_controller_EVENT_ENABLE_sw_event_0x7bd0944f6a56ff7464946b25d24aeaa16918e440ee0bac5fcbe465c336f13095_cls:
        """
        Property to access sw_event field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.sw_event onto the interrupt line.</p>       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__sw_event
    @property
    def ext(self) -> openub_controller_EVENT_ENABLE_ext_0x17f1517a81d6891ceda6c9f5c164cf6fc442cc4d49c7549dbeff074894d32491_cls:
        """
        Property to access ext field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Enable EVENT_STATUS.ext bits onto the interrupt line (bit for   |
        |              |      bit).</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ext

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'decode_err':'decode_err','ro_write':'ro_write','sw_event':'sw_event','ext':'ext',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["decode_err"]) -> 'openub_controller_EVENT_ENABLE_decode_err_0xf9c70ec56f1c0f6052783ab966a7dcf631fcd1bbedc795a4b5e7733dd2cb1d56_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ro_write"]) -> 'openub_controller_EVENT_ENABLE_ro_write_0x1e1125f13ab3e3dd764097554b6b9ce3d9a2d248e74c9acf6bd7399a4b27b396_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["sw_event"]) -> 'openub_controller_EVENT_ENABLE_sw_event_0x7bd0944f6a56ff7464946b25d24aeaa16918e440ee0bac5fcbe465c336f13095_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ext"]) -> 'openub_controller_EVENT_ENABLE_ext_0x17f1517a81d6891ceda6c9f5c164cf6fc442cc4d49c7549dbeff074894d32491_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_controller_EVENT_ENABLE_decode_err_0xf9c70ec56f1c0f6052783ab966a7dcf631fcd1bbedc795a4b5e7733dd2cb1d56_cls', 'openub_controller_EVENT_ENABLE_ro_write_0x1e1125f13ab3e3dd764097554b6b9ce3d9a2d248e74c9acf6bd7399a4b27b396_cls', 'openub_controller_EVENT_ENABLE_sw_event_0x7bd0944f6a56ff7464946b25d24aeaa16918e440ee0bac5fcbe465c336f13095_cls', 'openub_controller_EVENT_ENABLE_ext_0x17f1517a81d6891ceda6c9f5c164cf6fc442cc4d49c7549dbeff074894d32491_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Event enable"
    @property
    def rdl_desc(self) -> str:
        return "Interrupt enable, one bit per EVENT_STATUS bit at the same position."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.decode_err
        yield self.ro_write
        yield self.sw_event
        yield self.ext
        
        
    

    
    
class openub_controller_EVENT_TRIGGER_0x6c7a1fcb35500c746d78e5631c61f392573746852385b4e3725a7c92d4e30d50_cls(RegAsyncWriteOnly):
    """
    Class to represent a register in the register model

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

    __slots__ : list[str] = ['__sw_event']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,WritableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__sw_event:openub_controller_EVENT_TRIGGER_sw_event_0x268b6ca5caed4191a42b0670e64ca8501af0dc5e3c75f192dc40decb8a3d07f1_cls = openub_controller_EVENT_TRIGGER_sw_event_0x268b6ca5caed4191a42b0670e64ca8501af0dc5e3c75f192dc40decb8a3d07f1_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.sw_event',
            inst_name='sw_event',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,sw_event : int,) -> int:
        return super().register_value(sw_event=sw_event,)
    

    
    
    async def write_fields(    # type: ignore[override]
        self, *,sw_event : int,) -> None:
        return await super().write_fields(sw_event=sw_event,)
    

    

    # build the properties for the fields
    
    @property
    def sw_event(self) -> openub_controller_EVENT_TRIGGER_sw_event_0x268b6ca5caed4191a42b0670e64ca8501af0dc5e3c75f192dc40decb8a3d07f1_cls:
        """
        Property to access sw_event field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Write 1 to raise a one-cycle pulse that sets                    |
        |              |      EVENT_STATUS.sw_event.</p>                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__sw_event

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'sw_event':'sw_event',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_controller_EVENT_TRIGGER_sw_event_0x268b6ca5caed4191a42b0670e64ca8501af0dc5e3c75f192dc40decb8a3d07f1_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Event trigger"
    @property
    def rdl_desc(self) -> str:
        return "Software event trigger. Reads as 0."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.sw_event
        
        
    

    
    
class openub_controller_ERR_RD_DECODE_CNT_0x19f5fd38819f3870fec1f63d502805723e9a676470b0d5b1f31b3cfbb6e0fe53_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

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
        
        self.__count:openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Read decode error count"
    @property
    def rdl_desc(self) -> str:
        return "Number of AXI4-Lite reads to an address outside this map."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_controller_ERR_WR_DECODE_CNT_0xfd0868df2dbb26a989219f8cc1018322e414030cde6e51817707aff5a6638194_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

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
        
        self.__count:openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Write decode error count"
    @property
    def rdl_desc(self) -> str:
        return "Number of AXI4-Lite writes to an address outside this map."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    

    
    
class openub_controller_ERR_RO_WRITE_CNT_0x97676f6f06de4d19afcc956a66cdbb38e1c3a6a1ed7f4189785b1c1b3d37d1dc_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

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
        
        self.__count:openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls = openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(
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
    def count(self) -> openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls:
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

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Read-only write count"
    @property
    def rdl_desc(self) -> str:
        return "Number of AXI4-Lite writes to a register with no software-writable field."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        
        
    


if __name__ == '__main__':
    pass