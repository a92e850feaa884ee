

"""
Python Wrapper for the openub_dll register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from peakrdl_python.lib import UDPStruct
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field


# field definitions
    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl2_0xa1e6ff9b32353ccaac954590c3d1dac0c2d482b8aabf79a40534e1b780274a6_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 4i+2.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 4i+2."
    
    
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl3_0xfd32de6b35c26ea1195e73ce4c4311139ddb8b360e915f5757151a238fb2689b_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 4i+3.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 4i+3."
    
    
    

    
    
class openub_dll_DL_STA_9_VL_ENABLE_sta_0xf08d197a9902573008a6f1e8e292b353839cccad0ef6dcba136767941f1323a_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VLs in use.</p>                                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VLs in use."
    
    
    

    
    
class openub_dll_DL_STA_9_FLOW_CTRL_SIZE_sta_0x23aacf74aefece501ba15ebfafc76b8090a889565285e396f631008be35d9a9c_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Flits per cell, one-hot.</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Flits per cell, one-hot."
    
    
    

    
    
class openub_dll_DL_STA_9_PACKET_MIN_INTERVAL_sta_0x347ab8694d2edd5352931ea4f8dfed03b9977324193979b33328db09700bf2d0_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The peer's PACKET_MIN_INTERVAL.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The peer\u0027s PACKET_MIN_INTERVAL."
    
    
    

    
    
class openub_dll_DL_STA_10_FEATURE_ID_sta_0xa7c94150f6a592096143f2b93f10e6fba4c5b6b66a384424b2a76a559824f8df_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The peer's FEATURE_ID.</p>                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The peer\u0027s FEATURE_ID."
    
    
    

    
    
class openub_dll_DL_STA_11_RETRY_BUF_DEPTH_sta_0x675b23687f62d6a0fc014e88b330bd84c5f6d35797648feeae39ed4a39b267f0_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The peer's RETRY_BUF_DEPTH in flits (RcvPtr wraps at it).</p>   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The peer\u0027s RETRY_BUF_DEPTH in flits (RcvPtr wraps at it)."
    
    
    

    
    
class openub_dll_DL_SM_STATUS_Link_Status_0x7fec43f470f2ea18f8194d1317e7725b79bd9b455a728d795ae622e79293d382_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Link Status (Z Table D-133): 0 DLL_Disabled, 1 DLL_Param_Init, 2 DLL_Credit_Init, 3 DLL_Normal."
    
    
    

    
    
class openub_dll_DL_SM_STATUS_Retry_Req_Status_0x9110b3b94f4eabac501dca09e7d3f4b8e468289366a643dfc12c70ba02fc76d9_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Retry Req Status (Z Table D-133): RETRY_REQ_SM 0 NORMAL, 1 REQ, 2 WAIT, 3 RETRAIN, 4 ERROR."
    
    
    

    
    
class openub_dll_DL_SM_STATUS_Retry_Ack_Status_0xbb863752330fa0eef6289f23b25247e18642259758867ccf8049b9ac70aeb630_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Retry Ack Status (Z Table D-133): RETRY_ACK_SM 0 NORMAL, 1 ACK."
    
    
    

    
    
class openub_dll_PORT_LINK_STATUS_0_PHY_LinkUp_0x5f4bd147a1a5ff1f02591afb6b956a644222faac3be625cce22851548ca91585_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The PHY reports LinkUp (both directions trained).</p>           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The PHY reports LinkUp (both directions trained)."
    
    
    

    
    
class openub_dll_PORT_LINK_STATUS_0_DL_Normal_0x41014a7dcd60681ab56a38c546291798b16c5aaa6e5df68a6138b653887f2bea_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>1 in DLL_Normal.</p>                                            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "1 in DLL_Normal."
    
    
    

    
    
class openub_dll_PORT_LINK_STATUS_0_width_status_0x7212b280d0a93f51caf122273c517df6e70ed3a5bc4a28939eddc7c20cd9f000_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Last dynamic width change: 0 IDLE, 1 IN_PROGRESS, 2 DONE, 3 TIMEOUT, 4 NAK (OpenUB)."
    
    
    

    
    
class openub_dll_PORT_LINK_STATUS_0_tx_width_0x4e480b3e448d419abde7222cd4c4d5927081419dadae57893573f428590f9271_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Active lanes of the transmit direction (OpenUB).</p>            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Active lanes of the transmit direction (OpenUB)."
    
    
    

    
    
class openub_dll_PORT_LINK_STATUS_0_rx_width_0xe14e6c77d28d4d432b33cc77e81c78b1752041daccc94d5ed506a5fe6f7920df_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Active lanes of the receive direction (OpenUB).</p>             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Active lanes of the receive direction (OpenUB)."
    
    
    

    
    
class openub_dll_PORT_LINK_STATUS_0_lanes_ok_0xd18c82b80680724cb47263d61b1135c3bcd433a59ed6557f3618aeb2a693784a_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Healthy lanes of the transmit direction, bit i = lane i (OpenUB)."
    
    
    

    
    
class openub_dll_DL_CTRL_enable_0xeeb95499c10a5b419ec210ba66368b0c43ab14e5ce95eec954dd895dedde8e09_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "1: the link comes up when the PHY is up (DLL_Disabled -\u003e DLL_Param_Init). 0: held in DLL_Disabled."
    
    
    

    
    
class openub_dll_DL_CTRL_ubfm_reset_0x9a72fca4fe5184a17dbfc2fc8517a9a855a78f347e94d7170e93ead2527c11bb_cls(FieldAsyncWriteOnly):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Write 1: the UBFM reset (E4 4.8): RETRY_REQ_SM leaves ERROR for NORMAL. Reads 0."
    
    
    

    
    
class openub_dll_DL_CTRL_retry_off_0xcc705a520362d313c5c0535669bfafc87209cfbe08413142bbc11229236ed7aa_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "1: the baseline without link-level retry (OpenUB\u0027s, not a mode of the\nspecification, for measuring what the retry is worth): a failed block is dropped and no\nretry is asked for, nothing is kept for a resend. Credit of a lost DLLDP or Crd_Ack never\ncomes back, so a lossy run in this mode ends up without credit. Change it only with\nenable = 0; the link-up handshake still uses the retry."
    
    
    

    
    
class openub_dll_DL_RETRY_CFG_WAIT_TIMEOUT_us_0x735c1612110015c25563713ed478315b88774b114366b23260e531a05d73305f_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Microseconds RETRY_REQ_SM waits in WAIT for the Retry_Ack_Set."
    
    
    

    
    
class openub_dll_DL_RETRY_CFG_NUM_RETRY_THRESHOLD_0x1469aea52647e8765b2485ff26b3026edd3cfae961c7dd844c312a897a70a6e4_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry_Req_Sets for one RcvPtr before a retrain.</p>             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Retry_Req_Sets for one RcvPtr before a retrain."
    
    
    

    
    
class openub_dll_DL_RETRY_CFG_NUM_PHY_REINIT_THRESHOLD_0x7688f88f8ed9dd31d7dbddad6033158c002234a7f98e7b0272a67655fa01d039_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retrains before RETRY_REQ_SM goes to ERROR.</p>                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Retrains before RETRY_REQ_SM goes to ERROR."
    
    
    

    
    
class openub_dll_DL_CRD_CFG_crd_timeout_us_0x71fe8af18086282e006e4a3f7db1de94ed32785585d473d07269b86f365a4e73_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Credit-return timeout in microseconds: a VL waiting for credit this long is a DL Protocol Error (0: off)."
    
    
    

    
    
class openub_dll_DL_CRD_CFG_lockout_threshold_0xc3afc13796bb0ac28f313ff10a372b15c4a908c6bc8830cf6e67a09eb7c03a61_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

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
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "No DLLDB starts and only Crd_Ack and Retry blocks go while NumFreeBuf is below max(33, this) (E4 4.7.3.2.4)."
    
    
    

    
    
class openub_dll_LANE_CTRL_target_width_0xeb3385a3d6cc60c55387f3cb4b55ef36953bf969574da012f9f190d673f2a006_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Requested width: 1, 2, 4 or 8 lanes.</p>                        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Requested width: 1, 2, 4 or 8 lanes."
    
    
    


if __name__ == '__main__':
    pass