

"""
Python Wrapper for the openub_dll register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from peakrdl_python.lib import UDPStruct
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field


# field definitions
    
    
class openub_dll_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls(FieldAsyncWriteOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Write 1 to start a width change to target_width. Reads 0.</p>   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Write 1 to start a width change to target_width. Reads 0."
    
    
    

    
    
class openub_dll_LANE_CTRL_width_timeout_0x7a2df93ae98ecd371c21cef5901afa3480e476de783e5537aac8f9f359e7131_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cycles the far end has to answer a width change.</p>            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cycles the far end has to answer a width change."
    
    
    

    
    
class openub_dll_DL_RETRY_STATUS_NumFreeBuf_0xbe540bb3beeeb8f11761b86f6c71f3b060b895e095a879de62626684f6d75939_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Free flits of the retry buffer.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Free flits of the retry buffer."
    
    
    

    
    
class openub_dll_DL_RETRY_STATUS_RcvPtr_0x9cff164c284383cfa864b4ebdc5d6cb61846159b1f4515377628c46d8591a9ee_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits received good (modulo the peer's RETRY_BUF_DEPTH).</p>    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Flits received good (modulo the peer\u0027s RETRY_BUF_DEPTH)."
    
    
    

    
    
class openub_dll_PORT_UNCORR_ERR_STATUS_DL_Protocol_Error_0x2bb7650c067f35c73956bbb6ea0f78abf3a54c49b90e836a8c5212ad6ba3127f_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "An ACK beyond the unacknowledged flits, a Retry_Req_Set naming a flit not in the buffer, or the credit-return timeout (E4 4.8, C.21)."
    
    
    

    
    
class openub_dll_PORT_UNCORR_ERR_STATUS_DL_Replay_Abort_0xbc6383285440cab0a6dc143e64f3fa07e2a2f0bd4139a3fbc3f0a0d38fb91bec_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "DL Retry Error: RETRY_REQ_SM reached ERROR (E4 4.8.2, C.22); the link waits for DL_CTRL.ubfm_reset."
    
    
    

    
    
class openub_dll_PORT_UNCORR_ERR_STATUS_Packet_Length_0x9500a7e94fa5433d230ed9188bdc2a9a42cf6ee0fa686bd7d71931bb3651cbbf_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A descriptor whose payload beats disagree with its length (the transmitter pads or drains them). A corrupted block start on receive is a link error that the retry mends (HDR_ERRORS), not this."
    
    
    

    
    
class openub_dll_PORT_UNCORR_ERR_STATUS_Receive_Buffer_Overflow_0xe662980e692d32b2a72b6f5485dca9e72e1acf307bbdfe1e3391e91613530b46_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A DLLDB found no room in the receive buffer (E4 4.8.1, C.29)."
    
    
    

    
    
class openub_dll_PORT_UNCORR_ERR_STATUS_Flow_Control_Overflow_0x18ca0b6f2ab48b365abf544fee74340df86d8a620e3833c90cf6f916b75286aa_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Credit returned beyond the initial grant (E4 4.8.1, C.30).</p>  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Credit returned beyond the initial grant (E4 4.8.1, C.30)."
    
    
    

    
    
class openub_dll_PORT_UNCORR_ERR_ENABLE_DL_Protocol_Error_0x707eac7c839c0b43707d85b7132425e57d4d2214b85b15de6abdb7767d127a64_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable this bit onto the interrupt line.</p>                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable this bit onto the interrupt line."
    
    
    

    
    
class openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_ACK_Timeout_0x83e3a90cb3724c1bb19baaacce027000579bf87de8900bb564f3d0fefc1d5d10_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>No Retry_Ack_Set within WAIT_TIMEOUT_us (E4 4.8.2, C.19).</p>   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "No Retry_Ack_Set within WAIT_TIMEOUT_us (E4 4.8.2, C.19)."
    
    
    

    
    
class openub_dll_PORT_CORR_ERR_STATUS_DL_Retry_Rollover_0xc9716f420dcfc6149e752bbec9d01f579b5c55ab8d74e3870b0c511e8f6e0b6c_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The same RcvPtr was asked NUM_RETRY_THRESHOLD times (E4 4.8.2, C.20)."
    
    
    

    
    
class openub_dll_counter_reg_count_0xffb885d63a478800f64e2f1da517abd95b31f97932562ff6f0531f332569a675_cls(FieldAsyncReadWrite):
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
    
    
    

    
    
class openub_dll_VL_CRD_crd_0x4d4ef2030bd9599446fa21ff3fa0339c2dd7096eafb585ac079fa4b2aeee2d20_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells.</p>                                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells."
    
    
    


if __name__ == '__main__':
    pass