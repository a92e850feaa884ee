

"""
Python Wrapper for the openub_controller register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from peakrdl_python.lib import UDPStruct
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field


# field definitions
    
    
class openub_controller_IDENT_magic_0xaccfb3705caafc86038d6ddc12ff5aa9e61cf050a0e03f70db8aa0815e67eeae_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Magic number 0x4F554231, the ASCII string "OUB1".</p>           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Magic number 0x4F554231, the ASCII string \"OUB1\"."
    
    
    

    
    
class openub_controller_VERSION_patch_0x41d7eddf25956dc3b52fdc97ff8ed336049d7cf431a2894566ddcdc048f5968d_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Patch version: incremented on fixes that do not change the map."
    
    
    

    
    
class openub_controller_VERSION_minor_0xa37288cf6f2209ee4af59c9c3f92a554a84b883ac6dd383307896170b17ef8c2_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Minor version: incremented on backward-compatible additions."
    
    
    

    
    
class openub_controller_VERSION_major_0xaa2206e41277e82ad59d9dba65d7d9f34df1b66ae28ea349566056ebd261b49a_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Major version: incremented on incompatible register map changes."
    
    
    

    
    
class openub_controller_CAPABILITY_num_vls_0xd056d22e59ecf8b4ab8d58219b036417cf5105ae42eaf771059e7798b56c91fd_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Number of virtual lanes (VLs) implemented by the data link layer."
    
    
    

    
    
class openub_controller_CAPABILITY_stream_bytes_0x7a7c1a4a1fc5d9297feb29acdac6493994336ca3209051de6224a741cd46ecf3_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Bytes per beat of the internal packet stream.</p>               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Bytes per beat of the internal packet stream."
    
    
    

    
    
class openub_controller_CAPABILITY_flit_bytes_0xdb38819be8fc00f31bc00fb3d70a4e7ed84275ab80556e9a287945de996a8f27_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Bytes per data link flit.</p>                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Bytes per data link flit."
    
    
    

    
    
class openub_controller_CAPABILITY_num_ext_events_0xbaa44f27bec8758ddcafc115a7889132f4aab771dcf5a0d87033a55ec7692e30_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Number of external event inputs wired to EVENT_STATUS.ext.</p>  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Number of external event inputs wired to EVENT_STATUS.ext."
    
    
    

    
    
class openub_controller_SCRATCH_value_0x4d824916a6edd8d103a3d6e75f085427012e435e52efb28e52856ca7342089c1_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Free for software use; the hardware only exposes its value.</p> |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Free for software use; the hardware only exposes its value."
    
    
    

    
    
class openub_controller_EVENT_STATUS_decode_err_0x303cc52f8468dad9ad53282d2b3d8c429f6d0352e6b6e8f872965bca7c9f8b12_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "An AXI4-Lite access (read or write) to an address outside this map."
    
    
    

    
    
class openub_controller_EVENT_STATUS_ro_write_0xe35a4a4223c3901380e74fbe09a91d397b8f11c459c3a2cfa5158f76394cc09b_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A write to a register that has no software-writable field.</p>  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A write to a register that has no software-writable field."
    
    
    

    
    
class openub_controller_EVENT_STATUS_sw_event_0xe69877e784c699e11e4968434778f2a8092d8135dde1c09ac4d9e8aee51144e9_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Software event, set by writing 1 to EVENT_TRIGGER.sw_event; tests the\ninterrupt path end to end."
    
    
    

    
    
class openub_controller_EVENT_STATUS_ext_0xe192060dd116b4e621fedd329b9564adb7172f843ce567953e8a9ef8e4d8be6b_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "External events: 16 event inputs from other controller blocks."
    
    
    

    
    
class openub_controller_EVENT_ENABLE_decode_err_0xf9c70ec56f1c0f6052783ab966a7dcf631fcd1bbedc795a4b5e7733dd2cb1d56_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.decode_err onto the interrupt line.</p>     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.decode_err onto the interrupt line."
    
    
    

    
    
class openub_controller_EVENT_ENABLE_ro_write_0x1e1125f13ab3e3dd764097554b6b9ce3d9a2d248e74c9acf6bd7399a4b27b396_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.ro_write onto the interrupt line.</p>       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.ro_write onto the interrupt line."
    
    
    

    
    
class openub_controller_EVENT_ENABLE_sw_event_0x7bd0944f6a56ff7464946b25d24aeaa16918e440ee0bac5fcbe465c336f13095_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.sw_event onto the interrupt line.</p>       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.sw_event onto the interrupt line."
    
    
    

    
    
class openub_controller_EVENT_ENABLE_ext_0x17f1517a81d6891ceda6c9f5c164cf6fc442cc4d49c7549dbeff074894d32491_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.ext bits onto the interrupt line (bit for bit)."
    
    
    

    
    
class openub_controller_EVENT_TRIGGER_sw_event_0x268b6ca5caed4191a42b0670e64ca8501af0dc5e3c75f192dc40decb8a3d07f1_cls(FieldAsyncWriteOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Write 1 to raise a one-cycle pulse that sets EVENT_STATUS.sw_event."
    
    
    

    
    
class openub_controller_ERR_RD_DECODE_CNT_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Saturating count (stops at 0xFFFFFFFF). Any write clears it (with a partial\nWSTRB, only the written byte lanes)."
    
    
    


if __name__ == '__main__':
    pass