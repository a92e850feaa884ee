

"""
Python Wrapper for the openub_link register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from peakrdl_python.lib import UDPStruct
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field


# field definitions
    
    
class openub_link_EVENT_ENABLE_malformed_0xd9bdb0f56657c6016edf8886b167120a138cbd165c1111dc1c396c53895126c6_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.malformed onto the interrupt line.</p>      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.malformed onto the interrupt line."
    
    
    

    
    
class openub_link_EVENT_ENABLE_lane_degraded_0x1fcb8225690497410cbe36b43dba5480fa07de6cd5fcef4bf2cc5251288b2eab_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.lane_degraded onto the interrupt line.</p>  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.lane_degraded onto the interrupt line."
    
    
    

    
    
class openub_link_EVENT_ENABLE_width_change_done_0xc7d0b324aaea576e3abae63c08768f06baadf93e8c6cf28b1c91db89a21a8aab_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.width_change_done onto the interrupt line."
    
    
    

    
    
class openub_link_LLR_TIMERS_ack_timeout_0x2eef31bd97d8334cb74ff7dfabe7ab511d3d3affaee1ed9920ff68e61e3fd9e9_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "ACK timeout in cycles: with packets unacknowledged and no ACK for this long,\nthe transmitter replays from the oldest unacknowledged packet. 0 disables it. Set it above\nCTRL.ctl_interval plus one MTU packet plus the round trip."
    
    
    

    
    
class openub_link_LLR_TIMERS_refresh_interval_0x4e1ff6910ecab3921088cb25570f9c67705d3396c2f550e23033f99bec04b543_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Control block refresh in cycles: the transmitter repeats its last\nacknowledgement and cumulative credits at least this often, so a lost control block is\nreplaced even when nothing changes. 0 disables it."
    
    
    

    
    
class openub_link_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(FieldAsyncReadWrite):
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
    
    
    

    
    
class openub_link_VL_CFG_weight_0x91f9693ff1b3e895bcd82aa84d20a335d0f06020b1299ff896371ba1688d75d9_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "DWRR quantum in flits: added to the deficit of the VL each round."
    
    
    

    
    
class openub_link_VL_CFG_sp_0x90c82beb8e2fd87fde46a69df9c431e60058bb5014e81a94e017150c30e3f249_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>1: strict priority. The VL is served before the DWRR VLs.</p>   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "1: strict priority. The VL is served before the DWRR VLs."
    
    
    

    
    
class openub_link_VL_CREDIT_available_0xd4308eb01f18b05549f6e2f58d1c8babed65be0bed563a0f6f83af358969587b_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Credits the transmitter holds now, in cells (a packet of F flits needs\nceil(F / cell_flits) cells)."
    
    
    

    
    
class openub_link_VL_CREDIT_peer_init_0x279aa7ea503025ffc879e5d375181b712d4cdb58046734779d998b18a3078037_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Initial credits the peer granted in its credit init block, in cells."
    
    
    


if __name__ == '__main__':
    pass