


"""
Python Wrapper for the openub_link register model

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


from ._registers import openub_link_CTRL_0x50809cdfb2cf35109e4d5f35be31cba19908debf5e4e68caca46fba82fee3fb2_cls
from ._registers import openub_link_STATUS_0x7883b6413d0ec5dc2eacaa014dafacc250c5b4016f98e6debae1f3a1b0d7cf17_cls
from ._registers import openub_link_RETRY_CFG_0x5719cbc2986d96beb745828c4a627d4198b20ba3586c9b57ce0c6a4de886091d_cls
from ._registers import openub_link_LANE_CTRL_0xf2cdbb8ba1a3e65f958d1d20183f7573958e783cac3a2de195e41c0298ab19d0_cls
from ._registers import openub_link_EVENT_STATUS_0x49cc40cb8859b5df5a3b32f86e861086132218e905265439df58d237c67302f2_cls
from ._registers import openub_link_EVENT_ENABLE_0xa111c5f9a5855cc2712e4f2fafdfb84111dcb00c5801e86b4af4d11db51dce41_cls
from ._registers import openub_link_LLR_TIMERS_0xfcc7d36ce7a9ab79371672bf3117fe3b13829971781b69fc2c73f6c78032d076_cls
from ._registers import openub_link_counter_reg_0x397590793434cb5ad2be9c939c80c2a48068b423a127067b6de0fbef469be383_cls
from ._registers import openub_link_counter_reg_0x80c5b4862ea2d2037c907a4120cea4153df51c60ea937c812f5bf972a18b96f5_cls
from ._registers import openub_link_counter_reg_0xf10e5f26ab294ae88b6fbab3699bdd061bc7e63518f4b423dc6e0b9169ad0fa8_cls
from ._registers import openub_link_counter_reg_0x1ad7ed0d49e7649190c3c013841fbd33942545bb8ce23113018ac94e59e17372_cls
from ._registers import openub_link_counter_reg_0x2f1edc73f0fc14df4d662d523c5d2500ea9d939d1e5d87464df21dc2940250a1_cls
from ._registers import openub_link_counter_reg_0x291deb5097e0486d212e3dc0b101e9a95dcf4d8035f25fa6fb917698a80d984b_cls
from ._registers import openub_link_counter_reg_0x7716999f8ebd6fa2f15d7c2671fdbd71951c6cae448b860b67ba72c4dc517cab_cls
from ._registers import openub_link_counter_reg_0xe7c2a9b76433016dcdaa93ce49f958388b17b6fe5f4ba14becccb33e51755386_cls
from ._registers import openub_link_counter_reg_0x2a917fabf173fcc5364ad3f42d960e018162d95ee1803dca3d0352ffb116c685_cls
from ._registers import openub_link_counter_reg_0xd6f1a104c4753ad93cbf33446d8bdc3ee20e4b9b544090889a67251ad730c34f_cls
from ._registers import openub_link_counter_reg_0x8890514d42f134d0e90a33c7f157a03231605bea6d965b37de6a5ee16f286c98_cls
from ._registers import openub_link_counter_reg_0x60ade00033deb2434a9b74080c6c811e865ef352a754be248276beb74983b823_cls
from ._registers import openub_link_counter_reg_0x708ddd676ba50009bbd3f2f29b6fa291cd107444065aa614ab4bb2b86f097856_cls
from ._registers import openub_link_counter_reg_0xae27a0c72b34976d9d3ae595dad30ab0ad01bb8869ceba48e42e6e7345bcc7f8_cls
from ._registers import openub_link_counter_reg_0x7f91de7d4710d1ad53dd2cdf10e2a9eb7dd2cc60bfd236afbbf0714c7ea72222_cls
from ._registers import openub_link_counter_reg_0x1084db1adcb0a159c72c7b5caef2597bbbcd3dedf47bfc9f142a63118c8addee_cls
from ._registers import openub_link_counter_reg_0xe26889620c498d2a8610e9edf62273709209f9ee106b085aea9e7e5066dd8ad0_cls
from ._registers import openub_link_counter_reg_0x1a4d37a027bb161c0c91a8d9ff3d338a8f97de2444885e85d74e805f21fe579b_cls
from ._registers import openub_link_counter_reg_0xf221459330360a0f3410421b58738c77d8bd43f48556f4ebe1905357a01c2e_cls
from ._registers import openub_link_counter_reg_0xec5a907bae6b5ed6d44caba0b0749da0f7ef23dc324b4730225f223617604fa1_cls
from ._registers import openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls_array
from ._registers import openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls_array
from ._registers import openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls_array


# addrmap, regfile, memor and register definitions
    
    
class openub_link_0x9aa7933478c12a2f0c74deac71e9747c443cf6839f383dd73379468b8c42f265_cls(AsyncAddressMap):
    """
    Class to represent a address map in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      OpenUB data link layer                                             |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Control, status, retry parameters, per-VL arbitration and       |
    |              |      credit registers, traffic and error counters, and events of one    |
    |              |      data link endpoint. 32-bit registers at byte addresses on an       |
    |              |      AXI4-Lite bus; an access to an address outside this map returns    |
    |              |      SLVERR, a write to a read-only register returns SLVERR and is      |
    |              |      ignored. Per-VL registers have 16 elements; the elements of VLs    |
    |              |      the link does not implement have no effect, and their hardware-    |
    |              |      driven fields and counters read 0.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__CTRL', '__STATUS', '__RETRY_CFG', '__LANE_CTRL', '__EVENT_STATUS', '__EVENT_ENABLE', '__LLR_TIMERS', '__TX_FLITS', '__RX_FLITS', '__TX_PACKETS', '__RX_PACKETS', '__CTL_BLOCKS_TX', '__CTL_BLOCKS_RX', '__CRC_ERRORS', '__CTL_CRC_ERRORS', '__RETRIES', '__REPLAYED_FLITS', '__DUPLICATES', '__SEQ_GAPS', '__LOST_PACKETS', '__MALFORMED', '__CREDIT_OVERFLOW', '__LANE_CHANGES', '__TIMEOUTS', '__BAD_INPUT', '__OVERRUN', '__BAD_RETRY', '__VL_CFG', '__VL_CREDIT', '__CREDIT_STALLS']

    def __init__(self, *,
                 address:int=0,
                 logger_handle:str='reg_model.openub_link',
                 inst_name:str='openub_link',
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

        
            
        self.__CTRL:openub_link_CTRL_0x50809cdfb2cf35109e4d5f35be31cba19908debf5e4e68caca46fba82fee3fb2_cls = openub_link_CTRL_0x50809cdfb2cf35109e4d5f35be31cba19908debf5e4e68caca46fba82fee3fb2_cls(
                                                                     address=self.address+0,
                                                                     logger_handle=logger_handle+'.CTRL',
                                                                     inst_name='CTRL', parent=self)
        
            
        self.__STATUS:openub_link_STATUS_0x7883b6413d0ec5dc2eacaa014dafacc250c5b4016f98e6debae1f3a1b0d7cf17_cls = openub_link_STATUS_0x7883b6413d0ec5dc2eacaa014dafacc250c5b4016f98e6debae1f3a1b0d7cf17_cls(
                                                                     address=self.address+4,
                                                                     logger_handle=logger_handle+'.STATUS',
                                                                     inst_name='STATUS', parent=self)
        
            
        self.__RETRY_CFG:openub_link_RETRY_CFG_0x5719cbc2986d96beb745828c4a627d4198b20ba3586c9b57ce0c6a4de886091d_cls = openub_link_RETRY_CFG_0x5719cbc2986d96beb745828c4a627d4198b20ba3586c9b57ce0c6a4de886091d_cls(
                                                                     address=self.address+8,
                                                                     logger_handle=logger_handle+'.RETRY_CFG',
                                                                     inst_name='RETRY_CFG', parent=self)
        
            
        self.__LANE_CTRL:openub_link_LANE_CTRL_0xf2cdbb8ba1a3e65f958d1d20183f7573958e783cac3a2de195e41c0298ab19d0_cls = openub_link_LANE_CTRL_0xf2cdbb8ba1a3e65f958d1d20183f7573958e783cac3a2de195e41c0298ab19d0_cls(
                                                                     address=self.address+12,
                                                                     logger_handle=logger_handle+'.LANE_CTRL',
                                                                     inst_name='LANE_CTRL', parent=self)
        
            
        self.__EVENT_STATUS:openub_link_EVENT_STATUS_0x49cc40cb8859b5df5a3b32f86e861086132218e905265439df58d237c67302f2_cls = openub_link_EVENT_STATUS_0x49cc40cb8859b5df5a3b32f86e861086132218e905265439df58d237c67302f2_cls(
                                                                     address=self.address+16,
                                                                     logger_handle=logger_handle+'.EVENT_STATUS',
                                                                     inst_name='EVENT_STATUS', parent=self)
        
            
        self.__EVENT_ENABLE:openub_link_EVENT_ENABLE_0xa111c5f9a5855cc2712e4f2fafdfb84111dcb00c5801e86b4af4d11db51dce41_cls = openub_link_EVENT_ENABLE_0xa111c5f9a5855cc2712e4f2fafdfb84111dcb00c5801e86b4af4d11db51dce41_cls(
                                                                     address=self.address+20,
                                                                     logger_handle=logger_handle+'.EVENT_ENABLE',
                                                                     inst_name='EVENT_ENABLE', parent=self)
        
            
        self.__LLR_TIMERS:openub_link_LLR_TIMERS_0xfcc7d36ce7a9ab79371672bf3117fe3b13829971781b69fc2c73f6c78032d076_cls = openub_link_LLR_TIMERS_0xfcc7d36ce7a9ab79371672bf3117fe3b13829971781b69fc2c73f6c78032d076_cls(
                                                                     address=self.address+24,
                                                                     logger_handle=logger_handle+'.LLR_TIMERS',
                                                                     inst_name='LLR_TIMERS', parent=self)
        
            
        self.__TX_FLITS:openub_link_counter_reg_0x397590793434cb5ad2be9c939c80c2a48068b423a127067b6de0fbef469be383_cls = openub_link_counter_reg_0x397590793434cb5ad2be9c939c80c2a48068b423a127067b6de0fbef469be383_cls(
                                                                     address=self.address+64,
                                                                     logger_handle=logger_handle+'.TX_FLITS',
                                                                     inst_name='TX_FLITS', parent=self)
        
            
        self.__RX_FLITS:openub_link_counter_reg_0x80c5b4862ea2d2037c907a4120cea4153df51c60ea937c812f5bf972a18b96f5_cls = openub_link_counter_reg_0x80c5b4862ea2d2037c907a4120cea4153df51c60ea937c812f5bf972a18b96f5_cls(
                                                                     address=self.address+68,
                                                                     logger_handle=logger_handle+'.RX_FLITS',
                                                                     inst_name='RX_FLITS', parent=self)
        
            
        self.__TX_PACKETS:openub_link_counter_reg_0xf10e5f26ab294ae88b6fbab3699bdd061bc7e63518f4b423dc6e0b9169ad0fa8_cls = openub_link_counter_reg_0xf10e5f26ab294ae88b6fbab3699bdd061bc7e63518f4b423dc6e0b9169ad0fa8_cls(
                                                                     address=self.address+72,
                                                                     logger_handle=logger_handle+'.TX_PACKETS',
                                                                     inst_name='TX_PACKETS', parent=self)
        
            
        self.__RX_PACKETS:openub_link_counter_reg_0x1ad7ed0d49e7649190c3c013841fbd33942545bb8ce23113018ac94e59e17372_cls = openub_link_counter_reg_0x1ad7ed0d49e7649190c3c013841fbd33942545bb8ce23113018ac94e59e17372_cls(
                                                                     address=self.address+76,
                                                                     logger_handle=logger_handle+'.RX_PACKETS',
                                                                     inst_name='RX_PACKETS', parent=self)
        
            
        self.__CTL_BLOCKS_TX:openub_link_counter_reg_0x2f1edc73f0fc14df4d662d523c5d2500ea9d939d1e5d87464df21dc2940250a1_cls = openub_link_counter_reg_0x2f1edc73f0fc14df4d662d523c5d2500ea9d939d1e5d87464df21dc2940250a1_cls(
                                                                     address=self.address+80,
                                                                     logger_handle=logger_handle+'.CTL_BLOCKS_TX',
                                                                     inst_name='CTL_BLOCKS_TX', parent=self)
        
            
        self.__CTL_BLOCKS_RX:openub_link_counter_reg_0x291deb5097e0486d212e3dc0b101e9a95dcf4d8035f25fa6fb917698a80d984b_cls = openub_link_counter_reg_0x291deb5097e0486d212e3dc0b101e9a95dcf4d8035f25fa6fb917698a80d984b_cls(
                                                                     address=self.address+84,
                                                                     logger_handle=logger_handle+'.CTL_BLOCKS_RX',
                                                                     inst_name='CTL_BLOCKS_RX', parent=self)
        
            
        self.__CRC_ERRORS:openub_link_counter_reg_0x7716999f8ebd6fa2f15d7c2671fdbd71951c6cae448b860b67ba72c4dc517cab_cls = openub_link_counter_reg_0x7716999f8ebd6fa2f15d7c2671fdbd71951c6cae448b860b67ba72c4dc517cab_cls(
                                                                     address=self.address+88,
                                                                     logger_handle=logger_handle+'.CRC_ERRORS',
                                                                     inst_name='CRC_ERRORS', parent=self)
        
            
        self.__CTL_CRC_ERRORS:openub_link_counter_reg_0xe7c2a9b76433016dcdaa93ce49f958388b17b6fe5f4ba14becccb33e51755386_cls = openub_link_counter_reg_0xe7c2a9b76433016dcdaa93ce49f958388b17b6fe5f4ba14becccb33e51755386_cls(
                                                                     address=self.address+92,
                                                                     logger_handle=logger_handle+'.CTL_CRC_ERRORS',
                                                                     inst_name='CTL_CRC_ERRORS', parent=self)
        
            
        self.__RETRIES:openub_link_counter_reg_0x2a917fabf173fcc5364ad3f42d960e018162d95ee1803dca3d0352ffb116c685_cls = openub_link_counter_reg_0x2a917fabf173fcc5364ad3f42d960e018162d95ee1803dca3d0352ffb116c685_cls(
                                                                     address=self.address+96,
                                                                     logger_handle=logger_handle+'.RETRIES',
                                                                     inst_name='RETRIES', parent=self)
        
            
        self.__REPLAYED_FLITS:openub_link_counter_reg_0xd6f1a104c4753ad93cbf33446d8bdc3ee20e4b9b544090889a67251ad730c34f_cls = openub_link_counter_reg_0xd6f1a104c4753ad93cbf33446d8bdc3ee20e4b9b544090889a67251ad730c34f_cls(
                                                                     address=self.address+100,
                                                                     logger_handle=logger_handle+'.REPLAYED_FLITS',
                                                                     inst_name='REPLAYED_FLITS', parent=self)
        
            
        self.__DUPLICATES:openub_link_counter_reg_0x8890514d42f134d0e90a33c7f157a03231605bea6d965b37de6a5ee16f286c98_cls = openub_link_counter_reg_0x8890514d42f134d0e90a33c7f157a03231605bea6d965b37de6a5ee16f286c98_cls(
                                                                     address=self.address+104,
                                                                     logger_handle=logger_handle+'.DUPLICATES',
                                                                     inst_name='DUPLICATES', parent=self)
        
            
        self.__SEQ_GAPS:openub_link_counter_reg_0x60ade00033deb2434a9b74080c6c811e865ef352a754be248276beb74983b823_cls = openub_link_counter_reg_0x60ade00033deb2434a9b74080c6c811e865ef352a754be248276beb74983b823_cls(
                                                                     address=self.address+108,
                                                                     logger_handle=logger_handle+'.SEQ_GAPS',
                                                                     inst_name='SEQ_GAPS', parent=self)
        
            
        self.__LOST_PACKETS:openub_link_counter_reg_0x708ddd676ba50009bbd3f2f29b6fa291cd107444065aa614ab4bb2b86f097856_cls = openub_link_counter_reg_0x708ddd676ba50009bbd3f2f29b6fa291cd107444065aa614ab4bb2b86f097856_cls(
                                                                     address=self.address+112,
                                                                     logger_handle=logger_handle+'.LOST_PACKETS',
                                                                     inst_name='LOST_PACKETS', parent=self)
        
            
        self.__MALFORMED:openub_link_counter_reg_0xae27a0c72b34976d9d3ae595dad30ab0ad01bb8869ceba48e42e6e7345bcc7f8_cls = openub_link_counter_reg_0xae27a0c72b34976d9d3ae595dad30ab0ad01bb8869ceba48e42e6e7345bcc7f8_cls(
                                                                     address=self.address+116,
                                                                     logger_handle=logger_handle+'.MALFORMED',
                                                                     inst_name='MALFORMED', parent=self)
        
            
        self.__CREDIT_OVERFLOW:openub_link_counter_reg_0x7f91de7d4710d1ad53dd2cdf10e2a9eb7dd2cc60bfd236afbbf0714c7ea72222_cls = openub_link_counter_reg_0x7f91de7d4710d1ad53dd2cdf10e2a9eb7dd2cc60bfd236afbbf0714c7ea72222_cls(
                                                                     address=self.address+120,
                                                                     logger_handle=logger_handle+'.CREDIT_OVERFLOW',
                                                                     inst_name='CREDIT_OVERFLOW', parent=self)
        
            
        self.__LANE_CHANGES:openub_link_counter_reg_0x1084db1adcb0a159c72c7b5caef2597bbbcd3dedf47bfc9f142a63118c8addee_cls = openub_link_counter_reg_0x1084db1adcb0a159c72c7b5caef2597bbbcd3dedf47bfc9f142a63118c8addee_cls(
                                                                     address=self.address+124,
                                                                     logger_handle=logger_handle+'.LANE_CHANGES',
                                                                     inst_name='LANE_CHANGES', parent=self)
        
            
        self.__TIMEOUTS:openub_link_counter_reg_0xe26889620c498d2a8610e9edf62273709209f9ee106b085aea9e7e5066dd8ad0_cls = openub_link_counter_reg_0xe26889620c498d2a8610e9edf62273709209f9ee106b085aea9e7e5066dd8ad0_cls(
                                                                     address=self.address+128,
                                                                     logger_handle=logger_handle+'.TIMEOUTS',
                                                                     inst_name='TIMEOUTS', parent=self)
        
            
        self.__BAD_INPUT:openub_link_counter_reg_0x1a4d37a027bb161c0c91a8d9ff3d338a8f97de2444885e85d74e805f21fe579b_cls = openub_link_counter_reg_0x1a4d37a027bb161c0c91a8d9ff3d338a8f97de2444885e85d74e805f21fe579b_cls(
                                                                     address=self.address+132,
                                                                     logger_handle=logger_handle+'.BAD_INPUT',
                                                                     inst_name='BAD_INPUT', parent=self)
        
            
        self.__OVERRUN:openub_link_counter_reg_0xf221459330360a0f3410421b58738c77d8bd43f48556f4ebe1905357a01c2e_cls = openub_link_counter_reg_0xf221459330360a0f3410421b58738c77d8bd43f48556f4ebe1905357a01c2e_cls(
                                                                     address=self.address+136,
                                                                     logger_handle=logger_handle+'.OVERRUN',
                                                                     inst_name='OVERRUN', parent=self)
        
            
        self.__BAD_RETRY:openub_link_counter_reg_0xec5a907bae6b5ed6d44caba0b0749da0f7ef23dc324b4730225f223617604fa1_cls = openub_link_counter_reg_0xec5a907bae6b5ed6d44caba0b0749da0f7ef23dc324b4730225f223617604fa1_cls(
                                                                     address=self.address+140,
                                                                     logger_handle=logger_handle+'.BAD_RETRY',
                                                                     inst_name='BAD_RETRY', parent=self)
        
            
        self.__VL_CFG:openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls_array = openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls_array(address=self.address+256,
                                                                                      stride=4,
                                                                                      dimensions=tuple([16]),
                                                                                      logger_handle=logger_handle+'.VL_CFG',
                                                                                      inst_name='VL_CFG', parent=self)
        
            
        self.__VL_CREDIT:openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls_array = openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls_array(address=self.address+320,
                                                                                      stride=4,
                                                                                      dimensions=tuple([16]),
                                                                                      logger_handle=logger_handle+'.VL_CREDIT',
                                                                                      inst_name='VL_CREDIT', parent=self)
        
            
        self.__CREDIT_STALLS:openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls_array = openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls_array(address=self.address+384,
                                                                                      stride=4,
                                                                                      dimensions=tuple([16]),
                                                                                      logger_handle=logger_handle+'.CREDIT_STALLS',
                                                                                      inst_name='CREDIT_STALLS', parent=self)
        

    @property
    def size(self) -> int:
        return 448
    @property
    def CTRL(self) -> 'openub_link_CTRL_0x50809cdfb2cf35109e4d5f35be31cba19908debf5e4e68caca46fba82fee3fb2_cls':
        """
        Property to access CTRL 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Control                                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Link enable, link-level retry enable, link reset and control    |
        |              |      block pacing.</p>                                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTRL
        
    @property
    def STATUS(self) -> 'openub_link_STATUS_0x7883b6413d0ec5dc2eacaa014dafacc250c5b4016f98e6debae1f3a1b0d7cf17_cls':
        """
        Property to access STATUS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Status                                                             |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Current state of the link, driven by the hardware.</p>          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__STATUS
        
    @property
    def RETRY_CFG(self) -> 'openub_link_RETRY_CFG_0x5719cbc2986d96beb745828c4a627d4198b20ba3586c9b57ce0c6a4de886091d_cls':
        """
        Property to access RETRY_CFG 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Retry parameters                                                   |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Link-level retry limits (the receiver's retry request state     |
        |              |      machine).</p>                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_CFG
        
    @property
    def LANE_CTRL(self) -> 'openub_link_LANE_CTRL_0xf2cdbb8ba1a3e65f958d1d20183f7573958e783cac3a2de195e41c0298ab19d0_cls':
        """
        Property to access LANE_CTRL 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Lane control                                                       |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Dynamic lane width change without retraining (result in         |
        |              |      STATUS.width_status).</p>                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__LANE_CTRL
        
    @property
    def EVENT_STATUS(self) -> 'openub_link_EVENT_STATUS_0x49cc40cb8859b5df5a3b32f86e861086132218e905265439df58d237c67302f2_cls':
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
        |              |      <p>Sticky interrupt status. A bit is set by its event and stays    |
        |              |      set until software writes 1 to it (write-one-to-clear). An event   |
        |              |      arriving in the same cycle as the clear keeps the bit set. The     |
        |              |      interrupt line is the OR of (EVENT_STATUS &amp; EVENT_ENABLE).</p> |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__EVENT_STATUS
        
    @property
    def EVENT_ENABLE(self) -> 'openub_link_EVENT_ENABLE_0xa111c5f9a5855cc2712e4f2fafdfb84111dcb00c5801e86b4af4d11db51dce41_cls':
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
    def LLR_TIMERS(self) -> 'openub_link_LLR_TIMERS_0xfcc7d36ce7a9ab79371672bf3117fe3b13829971781b69fc2c73f6c78032d076_cls':
        """
        Property to access LLR_TIMERS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Link-level retry timers                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Sender-side timers that keep a lossy link moving when the       |
        |              |      receiver cannot see a loss: a data packet lost whole as the last   |
        |              |      one sent, or the last control block lost.</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__LLR_TIMERS
        
    @property
    def TX_FLITS(self) -> 'openub_link_counter_reg_0x397590793434cb5ad2be9c939c80c2a48068b423a127067b6de0fbef469be383_cls':
        """
        Property to access TX_FLITS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Transmitted flits                                                  |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Flits sent to the PHY: data packet flits (replays included) and |
        |              |      control block flits.</p>                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_FLITS
        
    @property
    def RX_FLITS(self) -> 'openub_link_counter_reg_0x80c5b4862ea2d2037c907a4120cea4153df51c60ea937c812f5bf972a18b96f5_cls':
        """
        Property to access RX_FLITS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Received flits                                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Flits received from the PHY, data and control, whatever their   |
        |              |      CRC.</p>                                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RX_FLITS
        
    @property
    def TX_PACKETS(self) -> 'openub_link_counter_reg_0xf10e5f26ab294ae88b6fbab3699bdd061bc7e63518f4b423dc6e0b9169ad0fa8_cls':
        """
        Property to access TX_PACKETS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Transmitted packets                                                |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Data packets sent for the first time (replays are not           |
        |              |      counted).</p>                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_PACKETS
        
    @property
    def RX_PACKETS(self) -> 'openub_link_counter_reg_0x1ad7ed0d49e7649190c3c013841fbd33942545bb8ce23113018ac94e59e17372_cls':
        """
        Property to access RX_PACKETS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Received packets                                                   |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Data packets committed (good CRC, valid header, expected        |
        |              |      sequence number).</p>                                              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RX_PACKETS
        
    @property
    def CTL_BLOCKS_TX(self) -> 'openub_link_counter_reg_0x2f1edc73f0fc14df4d662d523c5d2500ea9d939d1e5d87464df21dc2940250a1_cls':
        """
        Property to access CTL_BLOCKS_TX 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Control blocks sent                                                |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credit/ack control blocks sent: credit init, update, retry      |
        |              |      request and retry acknowledgement blocks.</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTL_BLOCKS_TX
        
    @property
    def CTL_BLOCKS_RX(self) -> 'openub_link_counter_reg_0x291deb5097e0486d212e3dc0b101e9a95dcf4d8035f25fa6fb917698a80d984b_cls':
        """
        Property to access CTL_BLOCKS_RX 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Control blocks received                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credit/ack control blocks received with a good CRC.</p>         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTL_BLOCKS_RX
        
    @property
    def CRC_ERRORS(self) -> 'openub_link_counter_reg_0x7716999f8ebd6fa2f15d7c2671fdbd71951c6cae448b860b67ba72c4dc517cab_cls':
        """
        Property to access CRC_ERRORS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data CRC errors                                                    |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Data packets received with a bad CRC.</p>                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CRC_ERRORS
        
    @property
    def CTL_CRC_ERRORS(self) -> 'openub_link_counter_reg_0xe7c2a9b76433016dcdaa93ce49f958388b17b6fe5f4ba14becccb33e51755386_cls':
        """
        Property to access CTL_CRC_ERRORS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Control CRC errors                                                 |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Control blocks received with a bad CRC (dropped).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTL_CRC_ERRORS
        
    @property
    def RETRIES(self) -> 'openub_link_counter_reg_0x2a917fabf173fcc5364ad3f42d960e018162d95ee1803dca3d0352ffb116c685_cls':
        """
        Property to access RETRIES 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Retry requests                                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry requests sent (control blocks with retry_req), one per    |
        |              |      entry into the REQ state.</p>                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRIES
        
    @property
    def REPLAYED_FLITS(self) -> 'openub_link_counter_reg_0xd6f1a104c4753ad93cbf33446d8bdc3ee20e4b9b544090889a67251ad730c34f_cls':
        """
        Property to access REPLAYED_FLITS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Replayed flits                                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Data packet flits sent again from the replay buffer after a     |
        |              |      retry request of the peer.</p>                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__REPLAYED_FLITS
        
    @property
    def DUPLICATES(self) -> 'openub_link_counter_reg_0x8890514d42f134d0e90a33c7f157a03231605bea6d965b37de6a5ee16f286c98_cls':
        """
        Property to access DUPLICATES 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Duplicate packets                                                  |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Good data packets with an older sequence number than expected   |
        |              |      (replayed duplicates), dropped.</p>                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DUPLICATES
        
    @property
    def SEQ_GAPS(self) -> 'openub_link_counter_reg_0x60ade00033deb2434a9b74080c6c811e865ef352a754be248276beb74983b823_cls':
        """
        Property to access SEQ_GAPS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Sequence gaps                                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Good data packets with a newer sequence number than expected    |
        |              |      (an earlier packet was lost); with LLR each starts a retry.</p>    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__SEQ_GAPS
        
    @property
    def LOST_PACKETS(self) -> 'openub_link_counter_reg_0x708ddd676ba50009bbd3f2f29b6fa291cd107444065aa614ab4bb2b86f097856_cls':
        """
        Property to access LOST_PACKETS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Lost packets                                                       |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>With LLR disabled (CTRL.llr_en = 0): data packets dropped for a |
        |              |      bad CRC, an invalid header or a sequence gap.</p>                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__LOST_PACKETS
        
    @property
    def MALFORMED(self) -> 'openub_link_counter_reg_0xae27a0c72b34976d9d3ae595dad30ab0ad01bb8869ceba48e42e6e7345bcc7f8_cls':
        """
        Property to access MALFORMED 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Malformed packets                                                  |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Data packets with a good CRC but an invalid header: cfg not a   |
        |              |      data packet type, plen not canonical, below 5 bytes or above the   |
        |              |      maximum, or a flit count that does not match plen.</p>             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__MALFORMED
        
    @property
    def CREDIT_OVERFLOW(self) -> 'openub_link_counter_reg_0x7f91de7d4710d1ad53dd2cdf10e2a9eb7dd2cc60bfd236afbbf0714c7ea72222_cls':
        """
        Property to access CREDIT_OVERFLOW 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Credit overflows                                                   |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credit returns that would have raised the credits of a VL above |
        |              |      the initial credits of the peer (the credits saturate).</p>        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CREDIT_OVERFLOW
        
    @property
    def LANE_CHANGES(self) -> 'openub_link_counter_reg_0x1084db1adcb0a159c72c7b5caef2597bbbcd3dedf47bfc9f142a63118c8addee_cls':
        """
        Property to access LANE_CHANGES 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Lane width changes                                                 |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Completed lane width changes of this end, requested through     |
        |              |      LANE_CTRL or forced by a lane failure.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__LANE_CHANGES
        
    @property
    def TIMEOUTS(self) -> 'openub_link_counter_reg_0xe26889620c498d2a8610e9edf62273709209f9ee106b085aea9e7e5066dd8ad0_cls':
        """
        Property to access TIMEOUTS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Retry acknowledgement timeouts                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Waits for a retry acknowledgement longer than                   |
        |              |      RETRY_CFG.wait_retry_ack_timeout cycles (WAIT back to REQ).</p>    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TIMEOUTS
        
    @property
    def BAD_INPUT(self) -> 'openub_link_counter_reg_0x1a4d37a027bb161c0c91a8d9ff3d338a8f97de2444885e85d74e805f21fe579b_cls':
        """
        Property to access BAD_INPUT 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Bad packets from the network layer                                 |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Packets offered to the transmitter on a VL the link does not    |
        |              |      implement or longer than the MTU: dropped whole, never sent.</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__BAD_INPUT
        
    @property
    def OVERRUN(self) -> 'openub_link_counter_reg_0xf221459330360a0f3410421b58738c77d8bd43f48556f4ebe1905357a01c2e_cls':
        """
        Property to access OVERRUN 

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
        return self.__OVERRUN
        
    @property
    def BAD_RETRY(self) -> 'openub_link_counter_reg_0xec5a907bae6b5ed6d44caba0b0749da0f7ef23dc324b4730225f223617604fa1_cls':
        """
        Property to access BAD_RETRY 

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
        return self.__BAD_RETRY
        
    @property
    def VL_CFG(self) -> 'openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls_array':
        """
        Property to access VL_CFG array

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
        return self.__VL_CFG
        
    @property
    def VL_CREDIT(self) -> 'openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls_array':
        """
        Property to access VL_CREDIT array

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
        return self.__VL_CREDIT
        
    @property
    def CREDIT_STALLS(self) -> 'openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls_array':
        """
        Property to access CREDIT_STALLS array

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
        return self.__CREDIT_STALLS
        

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'CTRL':'CTRL','STATUS':'STATUS','RETRY_CFG':'RETRY_CFG','LANE_CTRL':'LANE_CTRL','EVENT_STATUS':'EVENT_STATUS','EVENT_ENABLE':'EVENT_ENABLE','LLR_TIMERS':'LLR_TIMERS','TX_FLITS':'TX_FLITS','RX_FLITS':'RX_FLITS','TX_PACKETS':'TX_PACKETS','RX_PACKETS':'RX_PACKETS','CTL_BLOCKS_TX':'CTL_BLOCKS_TX','CTL_BLOCKS_RX':'CTL_BLOCKS_RX','CRC_ERRORS':'CRC_ERRORS','CTL_CRC_ERRORS':'CTL_CRC_ERRORS','RETRIES':'RETRIES','REPLAYED_FLITS':'REPLAYED_FLITS','DUPLICATES':'DUPLICATES','SEQ_GAPS':'SEQ_GAPS','LOST_PACKETS':'LOST_PACKETS','MALFORMED':'MALFORMED','CREDIT_OVERFLOW':'CREDIT_OVERFLOW','LANE_CHANGES':'LANE_CHANGES','TIMEOUTS':'TIMEOUTS','BAD_INPUT':'BAD_INPUT','OVERRUN':'OVERRUN','BAD_RETRY':'BAD_RETRY','VL_CFG':'VL_CFG','VL_CREDIT':'VL_CREDIT','CREDIT_STALLS':'CREDIT_STALLS',
            }

    
    
    
    
    
    
    # nodes:30
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTRL"]) -> 'openub_link_CTRL_0x50809cdfb2cf35109e4d5f35be31cba19908debf5e4e68caca46fba82fee3fb2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["STATUS"]) -> 'openub_link_STATUS_0x7883b6413d0ec5dc2eacaa014dafacc250c5b4016f98e6debae1f3a1b0d7cf17_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RETRY_CFG"]) -> 'openub_link_RETRY_CFG_0x5719cbc2986d96beb745828c4a627d4198b20ba3586c9b57ce0c6a4de886091d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LANE_CTRL"]) -> 'openub_link_LANE_CTRL_0xf2cdbb8ba1a3e65f958d1d20183f7573958e783cac3a2de195e41c0298ab19d0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["EVENT_STATUS"]) -> 'openub_link_EVENT_STATUS_0x49cc40cb8859b5df5a3b32f86e861086132218e905265439df58d237c67302f2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["EVENT_ENABLE"]) -> 'openub_link_EVENT_ENABLE_0xa111c5f9a5855cc2712e4f2fafdfb84111dcb00c5801e86b4af4d11db51dce41_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LLR_TIMERS"]) -> 'openub_link_LLR_TIMERS_0xfcc7d36ce7a9ab79371672bf3117fe3b13829971781b69fc2c73f6c78032d076_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_FLITS"]) -> 'openub_link_counter_reg_0x397590793434cb5ad2be9c939c80c2a48068b423a127067b6de0fbef469be383_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_FLITS"]) -> 'openub_link_counter_reg_0x80c5b4862ea2d2037c907a4120cea4153df51c60ea937c812f5bf972a18b96f5_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_PACKETS"]) -> 'openub_link_counter_reg_0xf10e5f26ab294ae88b6fbab3699bdd061bc7e63518f4b423dc6e0b9169ad0fa8_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_PACKETS"]) -> 'openub_link_counter_reg_0x1ad7ed0d49e7649190c3c013841fbd33942545bb8ce23113018ac94e59e17372_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTL_BLOCKS_TX"]) -> 'openub_link_counter_reg_0x2f1edc73f0fc14df4d662d523c5d2500ea9d939d1e5d87464df21dc2940250a1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTL_BLOCKS_RX"]) -> 'openub_link_counter_reg_0x291deb5097e0486d212e3dc0b101e9a95dcf4d8035f25fa6fb917698a80d984b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CRC_ERRORS"]) -> 'openub_link_counter_reg_0x7716999f8ebd6fa2f15d7c2671fdbd71951c6cae448b860b67ba72c4dc517cab_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTL_CRC_ERRORS"]) -> 'openub_link_counter_reg_0xe7c2a9b76433016dcdaa93ce49f958388b17b6fe5f4ba14becccb33e51755386_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RETRIES"]) -> 'openub_link_counter_reg_0x2a917fabf173fcc5364ad3f42d960e018162d95ee1803dca3d0352ffb116c685_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["REPLAYED_FLITS"]) -> 'openub_link_counter_reg_0xd6f1a104c4753ad93cbf33446d8bdc3ee20e4b9b544090889a67251ad730c34f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DUPLICATES"]) -> 'openub_link_counter_reg_0x8890514d42f134d0e90a33c7f157a03231605bea6d965b37de6a5ee16f286c98_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["SEQ_GAPS"]) -> 'openub_link_counter_reg_0x60ade00033deb2434a9b74080c6c811e865ef352a754be248276beb74983b823_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LOST_PACKETS"]) -> 'openub_link_counter_reg_0x708ddd676ba50009bbd3f2f29b6fa291cd107444065aa614ab4bb2b86f097856_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["MALFORMED"]) -> 'openub_link_counter_reg_0xae27a0c72b34976d9d3ae595dad30ab0ad01bb8869ceba48e42e6e7345bcc7f8_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CREDIT_OVERFLOW"]) -> 'openub_link_counter_reg_0x7f91de7d4710d1ad53dd2cdf10e2a9eb7dd2cc60bfd236afbbf0714c7ea72222_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LANE_CHANGES"]) -> 'openub_link_counter_reg_0x1084db1adcb0a159c72c7b5caef2597bbbcd3dedf47bfc9f142a63118c8addee_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TIMEOUTS"]) -> 'openub_link_counter_reg_0xe26889620c498d2a8610e9edf62273709209f9ee106b085aea9e7e5066dd8ad0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["BAD_INPUT"]) -> 'openub_link_counter_reg_0x1a4d37a027bb161c0c91a8d9ff3d338a8f97de2444885e85d74e805f21fe579b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["OVERRUN"]) -> 'openub_link_counter_reg_0xf221459330360a0f3410421b58738c77d8bd43f48556f4ebe1905357a01c2e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["BAD_RETRY"]) -> 'openub_link_counter_reg_0xec5a907bae6b5ed6d44caba0b0749da0f7ef23dc324b4730225f223617604fa1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_CFG"]) -> 'openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_CREDIT"]) -> 'openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CREDIT_STALLS"]) -> 'openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls_array': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_link_CTRL_0x50809cdfb2cf35109e4d5f35be31cba19908debf5e4e68caca46fba82fee3fb2_cls', 'openub_link_STATUS_0x7883b6413d0ec5dc2eacaa014dafacc250c5b4016f98e6debae1f3a1b0d7cf17_cls', 'openub_link_RETRY_CFG_0x5719cbc2986d96beb745828c4a627d4198b20ba3586c9b57ce0c6a4de886091d_cls', 'openub_link_LANE_CTRL_0xf2cdbb8ba1a3e65f958d1d20183f7573958e783cac3a2de195e41c0298ab19d0_cls', 'openub_link_EVENT_STATUS_0x49cc40cb8859b5df5a3b32f86e861086132218e905265439df58d237c67302f2_cls', 'openub_link_EVENT_ENABLE_0xa111c5f9a5855cc2712e4f2fafdfb84111dcb00c5801e86b4af4d11db51dce41_cls', 'openub_link_LLR_TIMERS_0xfcc7d36ce7a9ab79371672bf3117fe3b13829971781b69fc2c73f6c78032d076_cls', 'openub_link_counter_reg_0x397590793434cb5ad2be9c939c80c2a48068b423a127067b6de0fbef469be383_cls', 'openub_link_counter_reg_0x80c5b4862ea2d2037c907a4120cea4153df51c60ea937c812f5bf972a18b96f5_cls', 'openub_link_counter_reg_0xf10e5f26ab294ae88b6fbab3699bdd061bc7e63518f4b423dc6e0b9169ad0fa8_cls', 'openub_link_counter_reg_0x1ad7ed0d49e7649190c3c013841fbd33942545bb8ce23113018ac94e59e17372_cls', 'openub_link_counter_reg_0x2f1edc73f0fc14df4d662d523c5d2500ea9d939d1e5d87464df21dc2940250a1_cls', 'openub_link_counter_reg_0x291deb5097e0486d212e3dc0b101e9a95dcf4d8035f25fa6fb917698a80d984b_cls', 'openub_link_counter_reg_0x7716999f8ebd6fa2f15d7c2671fdbd71951c6cae448b860b67ba72c4dc517cab_cls', 'openub_link_counter_reg_0xe7c2a9b76433016dcdaa93ce49f958388b17b6fe5f4ba14becccb33e51755386_cls', 'openub_link_counter_reg_0x2a917fabf173fcc5364ad3f42d960e018162d95ee1803dca3d0352ffb116c685_cls', 'openub_link_counter_reg_0xd6f1a104c4753ad93cbf33446d8bdc3ee20e4b9b544090889a67251ad730c34f_cls', 'openub_link_counter_reg_0x8890514d42f134d0e90a33c7f157a03231605bea6d965b37de6a5ee16f286c98_cls', 'openub_link_counter_reg_0x60ade00033deb2434a9b74080c6c811e865ef352a754be248276beb74983b823_cls', 'openub_link_counter_reg_0x708ddd676ba50009bbd3f2f29b6fa291cd107444065aa614ab4bb2b86f097856_cls', 'openub_link_counter_reg_0xae27a0c72b34976d9d3ae595dad30ab0ad01bb8869ceba48e42e6e7345bcc7f8_cls', 'openub_link_counter_reg_0x7f91de7d4710d1ad53dd2cdf10e2a9eb7dd2cc60bfd236afbbf0714c7ea72222_cls', 'openub_link_counter_reg_0x1084db1adcb0a159c72c7b5caef2597bbbcd3dedf47bfc9f142a63118c8addee_cls', 'openub_link_counter_reg_0xe26889620c498d2a8610e9edf62273709209f9ee106b085aea9e7e5066dd8ad0_cls', 'openub_link_counter_reg_0x1a4d37a027bb161c0c91a8d9ff3d338a8f97de2444885e85d74e805f21fe579b_cls', 'openub_link_counter_reg_0xf221459330360a0f3410421b58738c77d8bd43f48556f4ebe1905357a01c2e_cls', 'openub_link_counter_reg_0xec5a907bae6b5ed6d44caba0b0749da0f7ef23dc324b4730225f223617604fa1_cls', 'openub_link_VL_CFG_0x186d7212145f00b70c93acd4907781c927482bc0e146639ded3deaaf7bb5a590_cls_array', 'openub_link_VL_CREDIT_0x8095285fe25a2c0b97bf19fbb31cc3331ff5521fa6648220f438a1a09c5e901d_cls_array', 'openub_link_CREDIT_STALLS_0x2efcdec66cf9637166faf66aa2eb5e760cd8111662d9ffaa1af205cc89059da3_cls_array', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "OpenUB data link layer"
    @property
    def rdl_desc(self) -> str:
        return "Control, status, retry parameters, per-VL arbitration and credit registers,\ntraffic and error counters, and events of one data link endpoint. 32-bit registers at\nbyte addresses on an AXI4-Lite bus; an access to an address outside this map returns\nSLVERR, a write to a read-only register returns SLVERR and is ignored. Per-VL registers\nhave 16 elements; the elements of VLs the link does not implement have no effect, and\ntheir hardware-driven fields and counters read 0."
    
    

    
    def __iter__(self) -> Iterator[Union[Node, NodeArray]]:
        
        
        yield self.CTRL
        yield self.STATUS
        yield self.RETRY_CFG
        yield self.LANE_CTRL
        yield self.EVENT_STATUS
        yield self.EVENT_ENABLE
        yield self.LLR_TIMERS
        yield self.TX_FLITS
        yield self.RX_FLITS
        yield self.TX_PACKETS
        yield self.RX_PACKETS
        yield self.CTL_BLOCKS_TX
        yield self.CTL_BLOCKS_RX
        yield self.CRC_ERRORS
        yield self.CTL_CRC_ERRORS
        yield self.RETRIES
        yield self.REPLAYED_FLITS
        yield self.DUPLICATES
        yield self.SEQ_GAPS
        yield self.LOST_PACKETS
        yield self.MALFORMED
        yield self.CREDIT_OVERFLOW
        yield self.LANE_CHANGES
        yield self.TIMEOUTS
        yield self.BAD_INPUT
        yield self.OVERRUN
        yield self.BAD_RETRY
        yield self.VL_CFG
        yield self.VL_CREDIT
        yield self.CREDIT_STALLS
        
        
    


openub_link_cls = openub_link_0x9aa7933478c12a2f0c74deac71e9747c443cf6839f383dd73379468b8c42f265_cls

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
    openub_link = openub_link_cls(callbacks = AsyncCallbackSet(read_callback=read_addr_space,
                                                                                                     write_callback=write_addr_space))