

"""
Python Wrapper for the openub_link register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from peakrdl_python.lib import UDPStruct
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field


# field definitions
    
    
class openub_link_CTRL_enable_0x8574cc3880aaed4491f5b58ad0690ded94a4a96383336cf8f71e86845147ad04_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>1: bring the link up (DISABLE -&gt; PARA_INIT once the PHY is   |
    |              |      up, then CRD_INIT and NORMAL). 0: hold the link in DISABLE.</p>    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "1: bring the link up (DISABLE -\u003e PARA_INIT once the PHY is up, then\nCRD_INIT and NORMAL). 0: hold the link in DISABLE."
    
    
    

    
    
class openub_link_CTRL_llr_en_0xd439f2efaf4f91b9bdcdc093303a9034ecc8348516b78259960896261a32a296_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Link-level retry (LLR). 1: bad or missing data packets are      |
    |              |      replayed. 0 (baseline): they are dropped and counted in            |
    |              |      LOST_PACKETS, no retry happens.</p>                                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Link-level retry (LLR). 1: bad or missing data packets are replayed.\n0 (baseline): they are dropped and counted in LOST_PACKETS, no retry happens."
    
    
    

    
    
class openub_link_CTRL_reset_link_0xa08793318121594eaad5da9aa3eb0aa2b317d44fd856a58c6ba5a48648bba33c_cls(FieldAsyncWriteOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Write 1 to reset the link: it leaves any state (ERROR           |
    |              |      included), clears its retry, credit and sequence state and         |
    |              |      restarts from DISABLE. Reads 0.</p>                                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Write 1 to reset the link: it leaves any state (ERROR included),\nclears its retry, credit and sequence state and restarts from DISABLE. Reads 0."
    
    
    

    
    
class openub_link_CTRL_ctl_interval_0xaddd60481b371e04984aebac9638434145af2bf5a8b59f43aafcb3936d4ea15f_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cycles between two control blocks sent to report a change of    |
    |              |      the acknowledged sequence number or of the returned credits (rate  |
    |              |      limit). Retry requests and retry acknowledgements are never        |
    |              |      delayed.</p>                                                       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cycles between two control blocks sent to report a change of the\nacknowledged sequence number or of the returned credits (rate limit). Retry requests\nand retry acknowledgements are never delayed."
    
    
    

    
    
class openub_link_STATUS_dl_state_0x86e40c15773b147fceb4df4346385d58536c1f92388d89488f88a483700a66e5_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Data-link state: 0 DISABLE, 1 PARA_INIT, 2 CRD_INIT, 3          |
    |              |      NORMAL.</p>                                                        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Data-link state: 0 DISABLE, 1 PARA_INIT, 2 CRD_INIT, 3 NORMAL."
    
    
    

    
    
class openub_link_STATUS_retry_state_0x3c2a8d562f0412e9353788920cad58988475fe17e6bd2740b37cdc2080528310_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry request state of the receiver: 0 NORMAL, 1 REQ, 2 WAIT, 3 |
    |              |      RETRAIN, 4 ERROR.</p>                                              |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Retry request state of the receiver: 0 NORMAL, 1 REQ, 2 WAIT,\n3 RETRAIN, 4 ERROR."
    
    
    

    
    
class openub_link_STATUS_tx_width_0x6bbe3f3739ab2f95ac8510c2a32d398e3440c84da179c490237f1fbb4a0262ce_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Active lanes of the transmit direction: 1, 2, 4 or 8 (0: PHY    |
    |              |      down).</p>                                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Active lanes of the transmit direction: 1, 2, 4 or 8 (0: PHY down)."
    
    
    

    
    
class openub_link_STATUS_rx_width_0x781b97af5018f3f7375413be2793485cb0b054ad7fcfcc59dab67810ff2d58c_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Active lanes of the receive direction: 1, 2, 4 or 8 (0: PHY     |
    |              |      down).</p>                                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Active lanes of the receive direction: 1, 2, 4 or 8 (0: PHY down)."
    
    
    

    
    
class openub_link_STATUS_width_status_0xfd4931d2d38beb93306296f5912efedd27741eee4ee5c951d83ce75b5b4d529a_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Status of the last dynamic width change: 0 IDLE, 1 IN_PROGRESS, |
    |              |      2 DONE, 3 TIMEOUT, 4 NAK.</p>                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Status of the last dynamic width change: 0 IDLE, 1 IN_PROGRESS, 2 DONE,\n3 TIMEOUT, 4 NAK."
    
    
    

    
    
class openub_link_STATUS_lanes_ok_0x685d9bd91a87e86e04f163ec1d6e55bd249c6158e35bf3b8c68a9c04c727ef69_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Healthy lanes, one bit per lane (bit i = lane i).</p>           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Healthy lanes, one bit per lane (bit i = lane i)."
    
    
    

    
    
class openub_link_RETRY_CFG_wait_retry_ack_timeout_0x605d84f143573511ea1dbdcee57ba161c21ead3f76f6e300c35b3e92b21c4d82_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>WAIT_RETRY_ACK_TIMEOUT: cycles the receiver waits in WAIT for   |
    |              |      the retry acknowledgement before it asks again (WAIT -&gt;         |
    |              |      REQ).</p>                                                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "WAIT_RETRY_ACK_TIMEOUT: cycles the receiver waits in WAIT for the retry\nacknowledgement before it asks again (WAIT -\u003e REQ)."
    
    
    

    
    
class openub_link_RETRY_CFG_retry_max_0x3c965baa110cbc47fd70136689a741bffaf6833af6afc98f45f12d3247e3f5d_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RETRY_MAX: retry requests without success before the link       |
    |              |      retrains (REQ -&gt; RETRAIN).</p>                                  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RETRY_MAX: retry requests without success before the link retrains\n(REQ -\u003e RETRAIN)."
    
    
    

    
    
class openub_link_RETRY_CFG_retrain_max_0x879879355ba0030b74e003bd2b57ff699797c9a1cd0b180292f698a2fd0c26_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RETRAIN_MAX: retrains without success before the link gives up  |
    |              |      (RETRAIN -&gt; ERROR, EVENT_STATUS.link_error).</p>                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RETRAIN_MAX: retrains without success before the link gives up\n(RETRAIN -\u003e ERROR, EVENT_STATUS.link_error)."
    
    
    

    
    
class openub_link_LANE_CTRL_target_width_0x283b93050a93906856d78e6790ef8f6a9550bea9cabb8034f12597f4df2df23e_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Requested width of the transmit direction: 1, 2, 4 or 8 lanes.  |
    |              |      Another value, or more lanes than are healthy, is refused          |
    |              |      (NAK).</p>                                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Requested width of the transmit direction: 1, 2, 4 or 8 lanes. Another\nvalue, or more lanes than are healthy, is refused (NAK)."
    
    
    

    
    
class openub_link_LANE_CTRL_change_0xf12e574d5a6135411562925e0a5fb285a7cbe6ac80338aa742f1377b89d7cd6c_cls(FieldAsyncWriteOnly):
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
    
    
    

    
    
class openub_link_LANE_CTRL_width_timeout_0x964c043befd21d3b7b7e09ed0aa632530bb4337767b4d396b239c8a93d6a896e_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cycles the far end has to answer a width change request before  |
    |              |      the change ends in TIMEOUT.</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cycles the far end has to answer a width change request before the change\nends in TIMEOUT."
    
    
    

    
    
class openub_link_EVENT_STATUS_link_error_0x8b337232e480b7767a33a6a324adf44b50d03fbaa5a23b3225ef7ab85c66a690_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The link entered ERROR (retrains exhausted); it stays there     |
    |              |      until CTRL.reset_link.</p>                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The link entered ERROR (retrains exhausted); it stays there until\nCTRL.reset_link."
    
    
    

    
    
class openub_link_EVENT_STATUS_retrain_0xbaed8e379f6f2c166c63b082fe8f5e58aac35c2708bad29ca33eb896c69c21f5_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The receiver asked the PHY to retrain (RETRY_MAX retry requests |
    |              |      failed).</p>                                                       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The receiver asked the PHY to retrain (RETRY_MAX retry requests failed)."
    
    
    

    
    
class openub_link_EVENT_STATUS_credit_overflow_0xb81af81e38b251d1d4a21c0e355a2b0ef857fb0a21b7c290b043ae9595da19c5_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The peer returned more credits than it granted                  |
    |              |      (CREDIT_OVERFLOW).</p>                                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The peer returned more credits than it granted (CREDIT_OVERFLOW)."
    
    
    

    
    
class openub_link_EVENT_STATUS_malformed_0x3d3ffe76fe1833ac49f0e522369dcd7f5f5ccff521c4af290bf1772984be96b3_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A data packet with a good CRC and an invalid header arrived     |
    |              |      (MALFORMED).</p>                                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A data packet with a good CRC and an invalid header arrived (MALFORMED)."
    
    
    

    
    
class openub_link_EVENT_STATUS_lane_degraded_0x1e5e623438aaecc505bf58f39a7c69005b916679b4d47a48815f44211aa2a3e1_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A lane failed and the PHY dropped to a narrower width.</p>      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A lane failed and the PHY dropped to a narrower width."
    
    
    

    
    
class openub_link_EVENT_STATUS_width_change_done_0x3dbf4f93919096de634e49197a1524051246e77c53383227138c2a2fab440dce_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A width change requested through LANE_CTRL ended (DONE, TIMEOUT |
    |              |      or NAK: see STATUS.width_status).</p>                              |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A width change requested through LANE_CTRL ended (DONE, TIMEOUT or NAK:\nsee STATUS.width_status)."
    
    
    

    
    
class openub_link_EVENT_ENABLE_link_error_0x229c3075ee0ebbe0e4447dc8aab68b2eaf4df3b16f6636427af7389a213c67a2_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.link_error onto the interrupt line.</p>     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.link_error onto the interrupt line."
    
    
    

    
    
class openub_link_EVENT_ENABLE_retrain_0xde1104ea3cc55c27e0595d85cd92862d3ef67b914d48cf968e6efee7fa47ab80_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.retrain onto the interrupt line.</p>        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.retrain onto the interrupt line."
    
    
    

    
    
class openub_link_EVENT_ENABLE_credit_overflow_0xc9abdc12e65bf3eb5b850361deba09cf34867607e944bd29dd8394e721ad51e3_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Enable EVENT_STATUS.credit_overflow onto the interrupt          |
    |              |      line.</p>                                                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Enable EVENT_STATUS.credit_overflow onto the interrupt line."
    
    
    


if __name__ == '__main__':
    pass