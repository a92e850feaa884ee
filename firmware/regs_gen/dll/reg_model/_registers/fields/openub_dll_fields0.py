

"""
Python Wrapper for the openub_dll register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from peakrdl_python.lib import UDPStruct
from peakrdl_python.lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field


# field definitions
    
    
class openub_dll_DL_CAP_0_VL_ENABLE_pro_0xe680826f20e2db6fb6b339b0e7376583ef70f228a495aae70bf06c49d1cc0979_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VLs this end implements, bit v = VL v.</p>                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VLs this end implements, bit v = VL v."
    
    
    

    
    
class openub_dll_DL_CAP_0_FLOW_CTRL_SIZE_pro_0x7714ee0395a78ba920c4995238488fcf518efba724a1f9c743569f89043a56ff_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cell sizes this end supports, bit k = 2**k flits per cell.</p>  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cell sizes this end supports, bit k = 2**k flits per cell."
    
    
    

    
    
class openub_dll_DL_CAP_0_PACKET_MIN_INTERVAL_0x2c5154d73caa72372d5e9097c44ed5c79da56f00abfc70aa79314314a275dea6_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Smallest gap this end needs between DLLDPs, in flits (1:        |
    |              |      none).</p>                                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Smallest gap this end needs between DLLDPs, in flits (1: none)."
    
    
    

    
    
class openub_dll_DL_CAP_1_RETRY_BUF_DEPTH_0x239d56ffd55cc9e1b1fe6be8d4a945551c023317f703e1870bb462dbfa1dbc82_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Retry buffer depth in flits; the Init Block advertises this     |
    |              |      value whatever DL_CFG_10 says.</p>                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Retry buffer depth in flits; the Init Block advertises this value whatever DL_CFG_10 says."
    
    
    

    
    
class openub_dll_DL_CFG_0_DATA_ACK_GRAIN_SIZE_cfg_0x3b39d07755cf2be92a47175fd4ee68569e487ce04d9201d0b9dc394a0550ddb7_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>LPH/LBH ACK grains offered, bit k = 2**k flits; the smallest    |
    |              |      common one is used.</p>                                            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "LPH/LBH ACK grains offered, bit k = 2**k flits; the smallest common one is used."
    
    
    

    
    
class openub_dll_DL_CFG_0_CTRL_ACK_GRAIN_SIZE_cfg_0xe77320b328d932722a365b5dad37f4f7ec03310627db919086fddb5a1d4136a5_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Crd_Ack ACK_NUM grains offered, bit k = 2**k flits; the         |
    |              |      smallest common one is used.</p>                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Crd_Ack ACK_NUM grains offered, bit k = 2**k flits; the smallest common one is used."
    
    
    

    
    
class openub_dll_DL_CFG_0_RXBUF_VL_SHARE_cfg_0xb4ca1eaff85f9ff2444656088de4048059a4649a4521eac7a6c961343360d82d_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>1 offers credit sharing mode. OpenUB implements exclusive mode  |
    |              |      only: the reset value is 0 (the specification's is 1).</p>         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "1 offers credit sharing mode. OpenUB implements exclusive mode only: the reset value is 0 (the specification\u0027s is 1)."
    
    
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl0_0xdc7dcb3189b0e5a085e7d16c083df05e6457c9fc04217aeccbb413bce29e74db_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 4i+0.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 4i+0."
    
    
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl1_0x14a3952364253db68fd27f93790dc77b9abad0596c81a414b16d7ef5510afd1_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 4i+1.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 4i+1."
    
    
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl2_0x5faa151d58c0cf887f67912679d0069788d2600550cadce3ee131a7cfac9751d_cls(FieldAsyncReadWrite):
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
    
    
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_vl3_0x86644a331ceaf44fa326a15aafc932da722c112364764dadf24d473bf48cc0ac_cls(FieldAsyncReadWrite):
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
    
    
    

    
    
class openub_dll_DL_CFG_9_VL_ENABLE_cfg_0x6b66bb9a021dc76e4548f1f9ec3299a8cac682cc6c8d4a150315c3ae9f6e728d_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VLs offered, bit v = VL v; the VLs both ends offer are          |
    |              |      used.</p>                                                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VLs offered, bit v = VL v; the VLs both ends offer are used."
    
    
    

    
    
class openub_dll_DL_CFG_9_FLOW_CTRL_SIZE_cfg_0xe95e9307258120e2253efe8a6f831dfa4a15e46cb39cc17077da7b968403fad2_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cell sizes offered, bit k = 2**k flits per cell; the smallest   |
    |              |      common one is used.</p>                                            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cell sizes offered, bit k = 2**k flits per cell; the smallest common one is used."
    
    
    

    
    
class openub_dll_DL_CFG_9_PACKET_MIN_INTERVAL_0xd6a78c3c48429077f3544d3b035702c5144426c9864c86583872b128ddb5f78e_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Gap this end asks between DLLDPs, in flits (negotiated; OpenUB  |
    |              |      sends no NOBs yet, so it accepts only 1).</p>                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Gap this end asks between DLLDPs, in flits (negotiated; OpenUB sends no NOBs yet, so it accepts only 1)."
    
    
    

    
    
class openub_dll_DL_CFG_10_RETRY_BUF_DEPTH_0xd9f76e68933f0a9118c75b616c047d66becc3ebb64165ef2d1255d14f9fdf83b_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Kept for software; the Init Block carries                       |
    |              |      DL_CAP_1.RETRY_BUF_DEPTH (what the buffer has).</p>                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Kept for software; the Init Block carries DL_CAP_1.RETRY_BUF_DEPTH (what the buffer has)."
    
    
    

    
    
class openub_dll_DL_CFG_11_FEATURE_ID_cfg_0x463643915733466e21273abbfcc84eaf827933c0a86c7201169d12d6cecf2cd1_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>FEATURE_ID sent in the Init Block.</p>                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "FEATURE_ID sent in the Init Block."
    
    
    

    
    
class openub_dll_REMOTE_INIT_CRD_CFG_vl_lo_0xfa2de85c362db907a7a9473a259f4bb9353a2140400425e70702d1f3e6933452_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 2i.</p>                                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 2i."
    
    
    

    
    
class openub_dll_REMOTE_INIT_CRD_CFG_vl_hi_0x59b2eff0f86bd6a88f659e0440f8170434022e607038e6841ca178e0381155d_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 2i+1.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 2i+1."
    
    
    

    
    
class openub_dll_PERF_OPT_CFG_Cfg_Ack_Return_0x1ff54b6f11e394bd7afea4c584af29959ba6a54a53284998de390073b1c6733c_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>ACKs owed at or above this: a Crd_Ack is sent.</p>              |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "ACKs owed at or above this: a Crd_Ack is sent."
    
    
    

    
    
class openub_dll_PERF_OPT_CFG_Cfg_Ack_Llcrd_0x5797ccf55d0d40d5d2848f7a83b9322aaee8950425b9e12a9899bc447b57df30_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>ACKs owed at or above this: DLLDPs are held back and a Crd_Ack  |
    |              |      is forced.</p>                                                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "ACKs owed at or above this: DLLDPs are held back and a Crd_Ack is forced."
    
    
    

    
    
class openub_dll_DL_STA_0_DATA_ACK_GRAIN_SIZE_sta_0x8702df4070aa886136d7700fbd61a48ba9dce99aa24a29d7d9533efb6618e1c1_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>LPH/LBH ACK grain in flits.</p>                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "LPH/LBH ACK grain in flits."
    
    
    

    
    
class openub_dll_DL_STA_0_CTRL_ACK_GRAIN_SIZE_sta_0xbac950174844aace8177115a26a44ec26fee66ddb86543a25cc6664e3fc174f9_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Crd_Ack ACK_NUM grain in flits.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Crd_Ack ACK_NUM grain in flits."
    
    
    

    
    
class openub_dll_DL_STA_0_RXBUF_VL_SHARE_sta_0x22fc28e7ddd8b0a0b18d8961cd12e8f395973bad47fe68b0b88127880f77dc85_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Both ends offered sharing.</p>                                  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Both ends offered sharing."
    
    
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl0_0x4581e05e22dda24a5d1a0a975b5b74ff4c552349af9d1be490fbc67078137696_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 4i+0.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 4i+0."
    
    
    

    
    
class openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_vl1_0x75624097bf050c0e46daca6c8fd2f441ab894e32c8ce09d759f77d4533056f09_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VL 4i+1.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VL 4i+1."
    
    
    


if __name__ == '__main__':
    pass