


"""
Python Wrapper for the openub_dll register model

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


from ._registers import openub_dll_DL_CAP_0_0x1ff163c3c30d83d73e6aa6d7d64378c2e44ec04d35df5808de16d63a84ad734e_cls
from ._registers import openub_dll_DL_CAP_1_0x17baae8e5669d6c1ea00d36b7af9f2c500f76c5e0aa6590f2595979193ad2b0_cls
from ._registers import openub_dll_DL_CFG_0_0x76c66f4e0878071dab05d5dc758b8268251941caeb07857e6b4025fa96006608_cls
from ._registers import openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls_array
from ._registers import openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls_array
from ._registers import openub_dll_DL_CFG_9_0xb946cdd432cb1189ceb51cf02706cea8598538bb0e5c888bc954e6e9c6f42317_cls
from ._registers import openub_dll_DL_CFG_10_0xae163be501dc80a921b79a59a553cf4b44f83ceaf1f0e1a05ab915a6876760dc_cls
from ._registers import openub_dll_DL_CFG_11_0x3f9ad8f973a4393dfd1d1567bfef477f3d22e8e244eb7644ccedf22bdba5a596_cls
from ._registers import openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls_array
from ._registers import openub_dll_PERF_OPT_CFG_0x32e0e7a5b311fba649de004c02303ad916760ad169ab6f039edfe8b8d5aae5f1_cls
from ._registers import openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls_array
from ._registers import openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls_array
from ._registers import openub_dll_DL_STA_0_0x99cac6e8a9144bdce9064538a2c7aa95bf543852ca5b364a96c05b13a238f315_cls
from ._registers import openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls_array
from ._registers import openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls_array
from ._registers import openub_dll_DL_STA_9_0x954f9d2aa7e90c05f8455813627d4910e794c07004447a7d37a4d4684728a89d_cls
from ._registers import openub_dll_DL_STA_10_0x1d9961ff652d8e449aed52a44b798cd0586780cba12c56cea23efb207355bc1c_cls
from ._registers import openub_dll_DL_STA_11_0x5c76058c60f44e860d3163aea6b10f1254b6d67f8fbfd52f371d7535a5f48a6_cls
from ._registers import openub_dll_DL_SM_STATUS_0x503140cc5bed3a748e4d88be180a062a04880d03339ce71d12a77e405ebfaf13_cls
from ._registers import openub_dll_PORT_LINK_STATUS_0_0xc5523fbd8ab6c9ef53987a15d66453ee1fde69e96c462f34971f71c4a9136ac4_cls
from ._registers import openub_dll_DL_CTRL_0x297c33198d640cc0b3fa09bf65686ef09fc8434864abc56dd32e8f56bbc73163_cls
from ._registers import openub_dll_DL_RETRY_CFG_0xd4c6b04add912122a165e0528a4dd4f0ae4fb4b8c840512a468302a9a9e9e9ba_cls
from ._registers import openub_dll_DL_CRD_CFG_0xcc5e90f813402af917d00e4cce906432389886d0d8e133511f7a360c1c7f3604_cls
from ._registers import openub_dll_LANE_CTRL_0xf08bc356955628dcd6c3415448f485fedfbdbaa5ac8c47ad8f2f369801455f74_cls
from ._registers import openub_dll_DL_RETRY_STATUS_0x58cd91b19ebb4d3c4730e9b6378d5a2b8b7f165b2b90c6e44bc1fb6ffd4969f1_cls
from ._registers import openub_dll_PORT_UNCORR_ERR_STATUS_0x491718819a17f170f31326fbf17a5f78d739c56cd1361eda26f79d79dedf1075_cls
from ._registers import openub_dll_PORT_UNCORR_ERR_ENABLE_0xa07963112b264ea26b0d7ac07862617772679306e6991d6e9cb5f583a377e17a_cls
from ._registers import openub_dll_PORT_CORR_ERR_STATUS_0x3e5acbfc7e3f9e56a8417eda4ad639cae2e0cb61758307fbba09975f3ced3612_cls
from ._registers import openub_dll_PORT_CORR_ERR_ENABLE_0x206cc778afa2f205c4c7166c1d348eb84d3ad0ad182c839b17426735e1dd6bb4_cls
from ._registers import openub_dll_counter_reg_0xc2edc893eac439519bc8dfe46d2401786cee8a17f4703deffc3950e5ea142fba_cls
from ._registers import openub_dll_counter_reg_0xa9fe620cad8c4d865048ba3e40d0fce24826eca8a12ca2ae3b5e22d270d79e85_cls
from ._registers import openub_dll_counter_reg_0x3970df3b4793bf4a740fff31c925ee085c56824110f9854171b2042a5d433647_cls
from ._registers import openub_dll_counter_reg_0xd75e0cf9600efb8e462727255c04339f3557e692bc3397e49cf39a708dfc1e38_cls
from ._registers import openub_dll_counter_reg_0xc8511f26e592add60e5d9286929db7538044a22d878b1581d6cb2672d53489eb_cls
from ._registers import openub_dll_counter_reg_0x6a0c8f079a390bd334538dbaaaaf18c92de8f9a02ed4ffa002c8acfc60a0a8b_cls
from ._registers import openub_dll_counter_reg_0xa1dde34ea2ac725792f8c53cac21106786b94ca3959428381800ef95388e239e_cls
from ._registers import openub_dll_counter_reg_0x1db3750c75485a54e89ca6a290c572780a1e9c3bfb599c7db9cb079bee2ea410_cls
from ._registers import openub_dll_counter_reg_0xc2973178c0dc46e87d9a2f347931ce11215188a702b2cff6461d642d73ecf394_cls
from ._registers import openub_dll_counter_reg_0xc19e6e73b64c522fd24f67805ba132109e06ea76e55b382b488b2fb72d0bd4b1_cls
from ._registers import openub_dll_counter_reg_0x9e8405b2e085bcd67909885455efb221f70f7a362631b346d60e411bb1bce45e_cls
from ._registers import openub_dll_counter_reg_0xe9bbb5be2de89e3f9c33ceeb291da6ce26f031ea89daf59fea0da2258e674489_cls
from ._registers import openub_dll_counter_reg_0x1e214a280271c3c028502f234470847ce02467958699323c197b9fabeb7c48c8_cls
from ._registers import openub_dll_counter_reg_0x9fc43feb7b2a64d9099afcb246b3de11185a2776630d34d31a36f5957e125925_cls
from ._registers import openub_dll_counter_reg_0x721b4ab237cb5d21b32af37dfed702a16089cc685e670a282af13533aa25608b_cls
from ._registers import openub_dll_counter_reg_0x54cca9bf377b0868b764e2b5e1543bdebecea94c61d6938d82427b9cc6ebba99_cls
from ._registers import openub_dll_counter_reg_0xf2f5b90c078739e12c8e89a96845b41f9bda1c1776b565814833b2b398fe359d_cls
from ._registers import openub_dll_counter_reg_0x3cec19b1d8814086efa7143dedb29191472cb84256c8048710687b9ffd78ccff_cls
from ._registers import openub_dll_counter_reg_0x20431a1bbcdf1194c3fce7a54314e46b24c2ef035c34bdfe3e0df853218b9797_cls
from ._registers import openub_dll_counter_reg_0xc159ca268159e79f01bb534238569a26f8c0331a258504c96ef212f986e3c781_cls
from ._registers import openub_dll_counter_reg_0x161ee83b98fb064109b27f5f6a3a92c6af8c8e9db1df7f2fc0e2faf607322674_cls
from ._registers import openub_dll_counter_reg_0x3c24d993b389fbd70226b7d087a00684c2fc271bf1e95d778ae82087432d3eaa_cls
from ._registers import openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls_array
from ._registers import openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls_array
from ._registers import openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls_array


# addrmap, regfile, memor and register definitions
    
    
class openub_dll_0x1c61ba9bbe93d231e28a2745b0a44af1c99375d97ff2517daef66b23a34541f8_cls(AsyncAddressMap):
    """
    Class to represent a address map in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      OpenUB spec data link                                              |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Capability, configuration and negotiated status of the data     |
    |              |      link (UB 2.0 App D.6.2), the state machines, the port error status |
    |              |      bits of the data link (App D.6.22), the PHY lane control, per-VL   |
    |              |      credit and traffic counters and the data link's event counters.    |
    |              |      32-bit registers at byte addresses on an AXI4-Lite bus; an access  |
    |              |      to an address outside this map returns SLVERR, a write to a read-  |
    |              |      only register returns SLVERR and is ignored. Per-VL registers have |
    |              |      16 elements; those of VLs the endpoint does not implement read     |
    |              |      0.</p>                                                             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DL_CAP_0', '__DL_CAP_1', '__DL_CFG_0', '__CTRL_CREDIT_GRAIN_SIZE_cfg', '__DATA_CREDIT_GRAIN_SIZE_cfg', '__DL_CFG_9', '__DL_CFG_10', '__DL_CFG_11', '__REMOTE_INIT_CRD_CFG', '__PERF_OPT_CFG', '__CRD_RETURN_CFG', '__CRD_LLCRD_CFG', '__DL_STA_0', '__CTRL_CREDIT_GRAIN_SIZE_sta', '__DATA_CREDIT_GRAIN_SIZE_sta', '__DL_STA_9', '__DL_STA_10', '__DL_STA_11', '__DL_SM_STATUS', '__PORT_LINK_STATUS_0', '__DL_CTRL', '__DL_RETRY_CFG', '__DL_CRD_CFG', '__LANE_CTRL', '__DL_RETRY_STATUS', '__PORT_UNCORR_ERR_STATUS', '__PORT_UNCORR_ERR_ENABLE', '__PORT_CORR_ERR_STATUS', '__PORT_CORR_ERR_ENABLE', '__TX_DLLDP', '__RX_DLLDP', '__TX_FLITS', '__RESENT_FLITS', '__CRC_ERROR_SUM', '__HDR_ERRORS', '__RETRY_REQ_SUM', '__RETRY_REQ_RX', '__RETRY_ACK_SUM', '__RETRY_ACK_TIMEOUTS', '__RETRY_ROLLOVERS', '__ERROR_DLLDP', '__LINK_DOWN_DROPS', '__TX_BAD_VL', '__TX_OVERSIZE', '__TX_EMPTY', '__TX_VL_DISABLED', '__LANE_CHANGES', '__TX_DLLCB_FLITS', '__TX_NULL_FLITS', '__TX_BAD_CFG', '__RX_PHY_ERR_FLITS', '__VL_TX_PKTS', '__VL_RX_PKTS', '__VL_CRD']

    def __init__(self, *,
                 address:int=0,
                 logger_handle:str='reg_model.openub_dll',
                 inst_name:str='openub_dll',
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

        
            
        self.__DL_CAP_0:openub_dll_DL_CAP_0_0x1ff163c3c30d83d73e6aa6d7d64378c2e44ec04d35df5808de16d63a84ad734e_cls = openub_dll_DL_CAP_0_0x1ff163c3c30d83d73e6aa6d7d64378c2e44ec04d35df5808de16d63a84ad734e_cls(
                                                                     address=self.address+44,
                                                                     logger_handle=logger_handle+'.DL_CAP_0',
                                                                     inst_name='DL_CAP_0', parent=self)
        
            
        self.__DL_CAP_1:openub_dll_DL_CAP_1_0x17baae8e5669d6c1ea00d36b7af9f2c500f76c5e0aa6590f2595979193ad2b0_cls = openub_dll_DL_CAP_1_0x17baae8e5669d6c1ea00d36b7af9f2c500f76c5e0aa6590f2595979193ad2b0_cls(
                                                                     address=self.address+48,
                                                                     logger_handle=logger_handle+'.DL_CAP_1',
                                                                     inst_name='DL_CAP_1', parent=self)
        
            
        self.__DL_CFG_0:openub_dll_DL_CFG_0_0x76c66f4e0878071dab05d5dc758b8268251941caeb07857e6b4025fa96006608_cls = openub_dll_DL_CFG_0_0x76c66f4e0878071dab05d5dc758b8268251941caeb07857e6b4025fa96006608_cls(
                                                                     address=self.address+256,
                                                                     logger_handle=logger_handle+'.DL_CFG_0',
                                                                     inst_name='DL_CFG_0', parent=self)
        
            
        self.__CTRL_CREDIT_GRAIN_SIZE_cfg:openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls_array = openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls_array(address=self.address+260,
                                                                                      stride=4,
                                                                                      dimensions=tuple([4]),
                                                                                      logger_handle=logger_handle+'.CTRL_CREDIT_GRAIN_SIZE_cfg',
                                                                                      inst_name='CTRL_CREDIT_GRAIN_SIZE_cfg', parent=self)
        
            
        self.__DATA_CREDIT_GRAIN_SIZE_cfg:openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls_array = openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls_array(address=self.address+276,
                                                                                      stride=4,
                                                                                      dimensions=tuple([4]),
                                                                                      logger_handle=logger_handle+'.DATA_CREDIT_GRAIN_SIZE_cfg',
                                                                                      inst_name='DATA_CREDIT_GRAIN_SIZE_cfg', parent=self)
        
            
        self.__DL_CFG_9:openub_dll_DL_CFG_9_0xb946cdd432cb1189ceb51cf02706cea8598538bb0e5c888bc954e6e9c6f42317_cls = openub_dll_DL_CFG_9_0xb946cdd432cb1189ceb51cf02706cea8598538bb0e5c888bc954e6e9c6f42317_cls(
                                                                     address=self.address+292,
                                                                     logger_handle=logger_handle+'.DL_CFG_9',
                                                                     inst_name='DL_CFG_9', parent=self)
        
            
        self.__DL_CFG_10:openub_dll_DL_CFG_10_0xae163be501dc80a921b79a59a553cf4b44f83ceaf1f0e1a05ab915a6876760dc_cls = openub_dll_DL_CFG_10_0xae163be501dc80a921b79a59a553cf4b44f83ceaf1f0e1a05ab915a6876760dc_cls(
                                                                     address=self.address+296,
                                                                     logger_handle=logger_handle+'.DL_CFG_10',
                                                                     inst_name='DL_CFG_10', parent=self)
        
            
        self.__DL_CFG_11:openub_dll_DL_CFG_11_0x3f9ad8f973a4393dfd1d1567bfef477f3d22e8e244eb7644ccedf22bdba5a596_cls = openub_dll_DL_CFG_11_0x3f9ad8f973a4393dfd1d1567bfef477f3d22e8e244eb7644ccedf22bdba5a596_cls(
                                                                     address=self.address+300,
                                                                     logger_handle=logger_handle+'.DL_CFG_11',
                                                                     inst_name='DL_CFG_11', parent=self)
        
            
        self.__REMOTE_INIT_CRD_CFG:openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls_array = openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls_array(address=self.address+384,
                                                                                      stride=4,
                                                                                      dimensions=tuple([8]),
                                                                                      logger_handle=logger_handle+'.REMOTE_INIT_CRD_CFG',
                                                                                      inst_name='REMOTE_INIT_CRD_CFG', parent=self)
        
            
        self.__PERF_OPT_CFG:openub_dll_PERF_OPT_CFG_0x32e0e7a5b311fba649de004c02303ad916760ad169ab6f039edfe8b8d5aae5f1_cls = openub_dll_PERF_OPT_CFG_0x32e0e7a5b311fba649de004c02303ad916760ad169ab6f039edfe8b8d5aae5f1_cls(
                                                                     address=self.address+416,
                                                                     logger_handle=logger_handle+'.PERF_OPT_CFG',
                                                                     inst_name='PERF_OPT_CFG', parent=self)
        
            
        self.__CRD_RETURN_CFG:openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls_array = openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls_array(address=self.address+420,
                                                                                      stride=4,
                                                                                      dimensions=tuple([8]),
                                                                                      logger_handle=logger_handle+'.CRD_RETURN_CFG',
                                                                                      inst_name='CRD_RETURN_CFG', parent=self)
        
            
        self.__CRD_LLCRD_CFG:openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls_array = openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls_array(address=self.address+452,
                                                                                      stride=4,
                                                                                      dimensions=tuple([8]),
                                                                                      logger_handle=logger_handle+'.CRD_LLCRD_CFG',
                                                                                      inst_name='CRD_LLCRD_CFG', parent=self)
        
            
        self.__DL_STA_0:openub_dll_DL_STA_0_0x99cac6e8a9144bdce9064538a2c7aa95bf543852ca5b364a96c05b13a238f315_cls = openub_dll_DL_STA_0_0x99cac6e8a9144bdce9064538a2c7aa95bf543852ca5b364a96c05b13a238f315_cls(
                                                                     address=self.address+640,
                                                                     logger_handle=logger_handle+'.DL_STA_0',
                                                                     inst_name='DL_STA_0', parent=self)
        
            
        self.__CTRL_CREDIT_GRAIN_SIZE_sta:openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls_array = openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls_array(address=self.address+644,
                                                                                      stride=4,
                                                                                      dimensions=tuple([4]),
                                                                                      logger_handle=logger_handle+'.CTRL_CREDIT_GRAIN_SIZE_sta',
                                                                                      inst_name='CTRL_CREDIT_GRAIN_SIZE_sta', parent=self)
        
            
        self.__DATA_CREDIT_GRAIN_SIZE_sta:openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls_array = openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls_array(address=self.address+660,
                                                                                      stride=4,
                                                                                      dimensions=tuple([4]),
                                                                                      logger_handle=logger_handle+'.DATA_CREDIT_GRAIN_SIZE_sta',
                                                                                      inst_name='DATA_CREDIT_GRAIN_SIZE_sta', parent=self)
        
            
        self.__DL_STA_9:openub_dll_DL_STA_9_0x954f9d2aa7e90c05f8455813627d4910e794c07004447a7d37a4d4684728a89d_cls = openub_dll_DL_STA_9_0x954f9d2aa7e90c05f8455813627d4910e794c07004447a7d37a4d4684728a89d_cls(
                                                                     address=self.address+676,
                                                                     logger_handle=logger_handle+'.DL_STA_9',
                                                                     inst_name='DL_STA_9', parent=self)
        
            
        self.__DL_STA_10:openub_dll_DL_STA_10_0x1d9961ff652d8e449aed52a44b798cd0586780cba12c56cea23efb207355bc1c_cls = openub_dll_DL_STA_10_0x1d9961ff652d8e449aed52a44b798cd0586780cba12c56cea23efb207355bc1c_cls(
                                                                     address=self.address+680,
                                                                     logger_handle=logger_handle+'.DL_STA_10',
                                                                     inst_name='DL_STA_10', parent=self)
        
            
        self.__DL_STA_11:openub_dll_DL_STA_11_0x5c76058c60f44e860d3163aea6b10f1254b6d67f8fbfd52f371d7535a5f48a6_cls = openub_dll_DL_STA_11_0x5c76058c60f44e860d3163aea6b10f1254b6d67f8fbfd52f371d7535a5f48a6_cls(
                                                                     address=self.address+684,
                                                                     logger_handle=logger_handle+'.DL_STA_11',
                                                                     inst_name='DL_STA_11', parent=self)
        
            
        self.__DL_SM_STATUS:openub_dll_DL_SM_STATUS_0x503140cc5bed3a748e4d88be180a062a04880d03339ce71d12a77e405ebfaf13_cls = openub_dll_DL_SM_STATUS_0x503140cc5bed3a748e4d88be180a062a04880d03339ce71d12a77e405ebfaf13_cls(
                                                                     address=self.address+688,
                                                                     logger_handle=logger_handle+'.DL_SM_STATUS',
                                                                     inst_name='DL_SM_STATUS', parent=self)
        
            
        self.__PORT_LINK_STATUS_0:openub_dll_PORT_LINK_STATUS_0_0xc5523fbd8ab6c9ef53987a15d66453ee1fde69e96c462f34971f71c4a9136ac4_cls = openub_dll_PORT_LINK_STATUS_0_0xc5523fbd8ab6c9ef53987a15d66453ee1fde69e96c462f34971f71c4a9136ac4_cls(
                                                                     address=self.address+768,
                                                                     logger_handle=logger_handle+'.PORT_LINK_STATUS_0',
                                                                     inst_name='PORT_LINK_STATUS_0', parent=self)
        
            
        self.__DL_CTRL:openub_dll_DL_CTRL_0x297c33198d640cc0b3fa09bf65686ef09fc8434864abc56dd32e8f56bbc73163_cls = openub_dll_DL_CTRL_0x297c33198d640cc0b3fa09bf65686ef09fc8434864abc56dd32e8f56bbc73163_cls(
                                                                     address=self.address+896,
                                                                     logger_handle=logger_handle+'.DL_CTRL',
                                                                     inst_name='DL_CTRL', parent=self)
        
            
        self.__DL_RETRY_CFG:openub_dll_DL_RETRY_CFG_0xd4c6b04add912122a165e0528a4dd4f0ae4fb4b8c840512a468302a9a9e9e9ba_cls = openub_dll_DL_RETRY_CFG_0xd4c6b04add912122a165e0528a4dd4f0ae4fb4b8c840512a468302a9a9e9e9ba_cls(
                                                                     address=self.address+900,
                                                                     logger_handle=logger_handle+'.DL_RETRY_CFG',
                                                                     inst_name='DL_RETRY_CFG', parent=self)
        
            
        self.__DL_CRD_CFG:openub_dll_DL_CRD_CFG_0xcc5e90f813402af917d00e4cce906432389886d0d8e133511f7a360c1c7f3604_cls = openub_dll_DL_CRD_CFG_0xcc5e90f813402af917d00e4cce906432389886d0d8e133511f7a360c1c7f3604_cls(
                                                                     address=self.address+904,
                                                                     logger_handle=logger_handle+'.DL_CRD_CFG',
                                                                     inst_name='DL_CRD_CFG', parent=self)
        
            
        self.__LANE_CTRL:openub_dll_LANE_CTRL_0xf08bc356955628dcd6c3415448f485fedfbdbaa5ac8c47ad8f2f369801455f74_cls = openub_dll_LANE_CTRL_0xf08bc356955628dcd6c3415448f485fedfbdbaa5ac8c47ad8f2f369801455f74_cls(
                                                                     address=self.address+908,
                                                                     logger_handle=logger_handle+'.LANE_CTRL',
                                                                     inst_name='LANE_CTRL', parent=self)
        
            
        self.__DL_RETRY_STATUS:openub_dll_DL_RETRY_STATUS_0x58cd91b19ebb4d3c4730e9b6378d5a2b8b7f165b2b90c6e44bc1fb6ffd4969f1_cls = openub_dll_DL_RETRY_STATUS_0x58cd91b19ebb4d3c4730e9b6378d5a2b8b7f165b2b90c6e44bc1fb6ffd4969f1_cls(
                                                                     address=self.address+912,
                                                                     logger_handle=logger_handle+'.DL_RETRY_STATUS',
                                                                     inst_name='DL_RETRY_STATUS', parent=self)
        
            
        self.__PORT_UNCORR_ERR_STATUS:openub_dll_PORT_UNCORR_ERR_STATUS_0x491718819a17f170f31326fbf17a5f78d739c56cd1361eda26f79d79dedf1075_cls = openub_dll_PORT_UNCORR_ERR_STATUS_0x491718819a17f170f31326fbf17a5f78d739c56cd1361eda26f79d79dedf1075_cls(
                                                                     address=self.address+1024,
                                                                     logger_handle=logger_handle+'.PORT_UNCORR_ERR_STATUS',
                                                                     inst_name='PORT_UNCORR_ERR_STATUS', parent=self)
        
            
        self.__PORT_UNCORR_ERR_ENABLE:openub_dll_PORT_UNCORR_ERR_ENABLE_0xa07963112b264ea26b0d7ac07862617772679306e6991d6e9cb5f583a377e17a_cls = openub_dll_PORT_UNCORR_ERR_ENABLE_0xa07963112b264ea26b0d7ac07862617772679306e6991d6e9cb5f583a377e17a_cls(
                                                                     address=self.address+1028,
                                                                     logger_handle=logger_handle+'.PORT_UNCORR_ERR_ENABLE',
                                                                     inst_name='PORT_UNCORR_ERR_ENABLE', parent=self)
        
            
        self.__PORT_CORR_ERR_STATUS:openub_dll_PORT_CORR_ERR_STATUS_0x3e5acbfc7e3f9e56a8417eda4ad639cae2e0cb61758307fbba09975f3ced3612_cls = openub_dll_PORT_CORR_ERR_STATUS_0x3e5acbfc7e3f9e56a8417eda4ad639cae2e0cb61758307fbba09975f3ced3612_cls(
                                                                     address=self.address+1032,
                                                                     logger_handle=logger_handle+'.PORT_CORR_ERR_STATUS',
                                                                     inst_name='PORT_CORR_ERR_STATUS', parent=self)
        
            
        self.__PORT_CORR_ERR_ENABLE:openub_dll_PORT_CORR_ERR_ENABLE_0x206cc778afa2f205c4c7166c1d348eb84d3ad0ad182c839b17426735e1dd6bb4_cls = openub_dll_PORT_CORR_ERR_ENABLE_0x206cc778afa2f205c4c7166c1d348eb84d3ad0ad182c839b17426735e1dd6bb4_cls(
                                                                     address=self.address+1036,
                                                                     logger_handle=logger_handle+'.PORT_CORR_ERR_ENABLE',
                                                                     inst_name='PORT_CORR_ERR_ENABLE', parent=self)
        
            
        self.__TX_DLLDP:openub_dll_counter_reg_0xc2edc893eac439519bc8dfe46d2401786cee8a17f4703deffc3950e5ea142fba_cls = openub_dll_counter_reg_0xc2edc893eac439519bc8dfe46d2401786cee8a17f4703deffc3950e5ea142fba_cls(
                                                                     address=self.address+1280,
                                                                     logger_handle=logger_handle+'.TX_DLLDP',
                                                                     inst_name='TX_DLLDP', parent=self)
        
            
        self.__RX_DLLDP:openub_dll_counter_reg_0xa9fe620cad8c4d865048ba3e40d0fce24826eca8a12ca2ae3b5e22d270d79e85_cls = openub_dll_counter_reg_0xa9fe620cad8c4d865048ba3e40d0fce24826eca8a12ca2ae3b5e22d270d79e85_cls(
                                                                     address=self.address+1284,
                                                                     logger_handle=logger_handle+'.RX_DLLDP',
                                                                     inst_name='RX_DLLDP', parent=self)
        
            
        self.__TX_FLITS:openub_dll_counter_reg_0x3970df3b4793bf4a740fff31c925ee085c56824110f9854171b2042a5d433647_cls = openub_dll_counter_reg_0x3970df3b4793bf4a740fff31c925ee085c56824110f9854171b2042a5d433647_cls(
                                                                     address=self.address+1288,
                                                                     logger_handle=logger_handle+'.TX_FLITS',
                                                                     inst_name='TX_FLITS', parent=self)
        
            
        self.__RESENT_FLITS:openub_dll_counter_reg_0xd75e0cf9600efb8e462727255c04339f3557e692bc3397e49cf39a708dfc1e38_cls = openub_dll_counter_reg_0xd75e0cf9600efb8e462727255c04339f3557e692bc3397e49cf39a708dfc1e38_cls(
                                                                     address=self.address+1292,
                                                                     logger_handle=logger_handle+'.RESENT_FLITS',
                                                                     inst_name='RESENT_FLITS', parent=self)
        
            
        self.__CRC_ERROR_SUM:openub_dll_counter_reg_0xc8511f26e592add60e5d9286929db7538044a22d878b1581d6cb2672d53489eb_cls = openub_dll_counter_reg_0xc8511f26e592add60e5d9286929db7538044a22d878b1581d6cb2672d53489eb_cls(
                                                                     address=self.address+1296,
                                                                     logger_handle=logger_handle+'.CRC_ERROR_SUM',
                                                                     inst_name='CRC_ERROR_SUM', parent=self)
        
            
        self.__HDR_ERRORS:openub_dll_counter_reg_0x6a0c8f079a390bd334538dbaaaaf18c92de8f9a02ed4ffa002c8acfc60a0a8b_cls = openub_dll_counter_reg_0x6a0c8f079a390bd334538dbaaaaf18c92de8f9a02ed4ffa002c8acfc60a0a8b_cls(
                                                                     address=self.address+1300,
                                                                     logger_handle=logger_handle+'.HDR_ERRORS',
                                                                     inst_name='HDR_ERRORS', parent=self)
        
            
        self.__RETRY_REQ_SUM:openub_dll_counter_reg_0xa1dde34ea2ac725792f8c53cac21106786b94ca3959428381800ef95388e239e_cls = openub_dll_counter_reg_0xa1dde34ea2ac725792f8c53cac21106786b94ca3959428381800ef95388e239e_cls(
                                                                     address=self.address+1304,
                                                                     logger_handle=logger_handle+'.RETRY_REQ_SUM',
                                                                     inst_name='RETRY_REQ_SUM', parent=self)
        
            
        self.__RETRY_REQ_RX:openub_dll_counter_reg_0x1db3750c75485a54e89ca6a290c572780a1e9c3bfb599c7db9cb079bee2ea410_cls = openub_dll_counter_reg_0x1db3750c75485a54e89ca6a290c572780a1e9c3bfb599c7db9cb079bee2ea410_cls(
                                                                     address=self.address+1308,
                                                                     logger_handle=logger_handle+'.RETRY_REQ_RX',
                                                                     inst_name='RETRY_REQ_RX', parent=self)
        
            
        self.__RETRY_ACK_SUM:openub_dll_counter_reg_0xc2973178c0dc46e87d9a2f347931ce11215188a702b2cff6461d642d73ecf394_cls = openub_dll_counter_reg_0xc2973178c0dc46e87d9a2f347931ce11215188a702b2cff6461d642d73ecf394_cls(
                                                                     address=self.address+1312,
                                                                     logger_handle=logger_handle+'.RETRY_ACK_SUM',
                                                                     inst_name='RETRY_ACK_SUM', parent=self)
        
            
        self.__RETRY_ACK_TIMEOUTS:openub_dll_counter_reg_0xc19e6e73b64c522fd24f67805ba132109e06ea76e55b382b488b2fb72d0bd4b1_cls = openub_dll_counter_reg_0xc19e6e73b64c522fd24f67805ba132109e06ea76e55b382b488b2fb72d0bd4b1_cls(
                                                                     address=self.address+1316,
                                                                     logger_handle=logger_handle+'.RETRY_ACK_TIMEOUTS',
                                                                     inst_name='RETRY_ACK_TIMEOUTS', parent=self)
        
            
        self.__RETRY_ROLLOVERS:openub_dll_counter_reg_0x9e8405b2e085bcd67909885455efb221f70f7a362631b346d60e411bb1bce45e_cls = openub_dll_counter_reg_0x9e8405b2e085bcd67909885455efb221f70f7a362631b346d60e411bb1bce45e_cls(
                                                                     address=self.address+1320,
                                                                     logger_handle=logger_handle+'.RETRY_ROLLOVERS',
                                                                     inst_name='RETRY_ROLLOVERS', parent=self)
        
            
        self.__ERROR_DLLDP:openub_dll_counter_reg_0xe9bbb5be2de89e3f9c33ceeb291da6ce26f031ea89daf59fea0da2258e674489_cls = openub_dll_counter_reg_0xe9bbb5be2de89e3f9c33ceeb291da6ce26f031ea89daf59fea0da2258e674489_cls(
                                                                     address=self.address+1324,
                                                                     logger_handle=logger_handle+'.ERROR_DLLDP',
                                                                     inst_name='ERROR_DLLDP', parent=self)
        
            
        self.__LINK_DOWN_DROPS:openub_dll_counter_reg_0x1e214a280271c3c028502f234470847ce02467958699323c197b9fabeb7c48c8_cls = openub_dll_counter_reg_0x1e214a280271c3c028502f234470847ce02467958699323c197b9fabeb7c48c8_cls(
                                                                     address=self.address+1328,
                                                                     logger_handle=logger_handle+'.LINK_DOWN_DROPS',
                                                                     inst_name='LINK_DOWN_DROPS', parent=self)
        
            
        self.__TX_BAD_VL:openub_dll_counter_reg_0x9fc43feb7b2a64d9099afcb246b3de11185a2776630d34d31a36f5957e125925_cls = openub_dll_counter_reg_0x9fc43feb7b2a64d9099afcb246b3de11185a2776630d34d31a36f5957e125925_cls(
                                                                     address=self.address+1332,
                                                                     logger_handle=logger_handle+'.TX_BAD_VL',
                                                                     inst_name='TX_BAD_VL', parent=self)
        
            
        self.__TX_OVERSIZE:openub_dll_counter_reg_0x721b4ab237cb5d21b32af37dfed702a16089cc685e670a282af13533aa25608b_cls = openub_dll_counter_reg_0x721b4ab237cb5d21b32af37dfed702a16089cc685e670a282af13533aa25608b_cls(
                                                                     address=self.address+1336,
                                                                     logger_handle=logger_handle+'.TX_OVERSIZE',
                                                                     inst_name='TX_OVERSIZE', parent=self)
        
            
        self.__TX_EMPTY:openub_dll_counter_reg_0x54cca9bf377b0868b764e2b5e1543bdebecea94c61d6938d82427b9cc6ebba99_cls = openub_dll_counter_reg_0x54cca9bf377b0868b764e2b5e1543bdebecea94c61d6938d82427b9cc6ebba99_cls(
                                                                     address=self.address+1340,
                                                                     logger_handle=logger_handle+'.TX_EMPTY',
                                                                     inst_name='TX_EMPTY', parent=self)
        
            
        self.__TX_VL_DISABLED:openub_dll_counter_reg_0xf2f5b90c078739e12c8e89a96845b41f9bda1c1776b565814833b2b398fe359d_cls = openub_dll_counter_reg_0xf2f5b90c078739e12c8e89a96845b41f9bda1c1776b565814833b2b398fe359d_cls(
                                                                     address=self.address+1344,
                                                                     logger_handle=logger_handle+'.TX_VL_DISABLED',
                                                                     inst_name='TX_VL_DISABLED', parent=self)
        
            
        self.__LANE_CHANGES:openub_dll_counter_reg_0x3cec19b1d8814086efa7143dedb29191472cb84256c8048710687b9ffd78ccff_cls = openub_dll_counter_reg_0x3cec19b1d8814086efa7143dedb29191472cb84256c8048710687b9ffd78ccff_cls(
                                                                     address=self.address+1348,
                                                                     logger_handle=logger_handle+'.LANE_CHANGES',
                                                                     inst_name='LANE_CHANGES', parent=self)
        
            
        self.__TX_DLLCB_FLITS:openub_dll_counter_reg_0x20431a1bbcdf1194c3fce7a54314e46b24c2ef035c34bdfe3e0df853218b9797_cls = openub_dll_counter_reg_0x20431a1bbcdf1194c3fce7a54314e46b24c2ef035c34bdfe3e0df853218b9797_cls(
                                                                     address=self.address+1352,
                                                                     logger_handle=logger_handle+'.TX_DLLCB_FLITS',
                                                                     inst_name='TX_DLLCB_FLITS', parent=self)
        
            
        self.__TX_NULL_FLITS:openub_dll_counter_reg_0xc159ca268159e79f01bb534238569a26f8c0331a258504c96ef212f986e3c781_cls = openub_dll_counter_reg_0xc159ca268159e79f01bb534238569a26f8c0331a258504c96ef212f986e3c781_cls(
                                                                     address=self.address+1356,
                                                                     logger_handle=logger_handle+'.TX_NULL_FLITS',
                                                                     inst_name='TX_NULL_FLITS', parent=self)
        
            
        self.__TX_BAD_CFG:openub_dll_counter_reg_0x161ee83b98fb064109b27f5f6a3a92c6af8c8e9db1df7f2fc0e2faf607322674_cls = openub_dll_counter_reg_0x161ee83b98fb064109b27f5f6a3a92c6af8c8e9db1df7f2fc0e2faf607322674_cls(
                                                                     address=self.address+1360,
                                                                     logger_handle=logger_handle+'.TX_BAD_CFG',
                                                                     inst_name='TX_BAD_CFG', parent=self)
        
            
        self.__RX_PHY_ERR_FLITS:openub_dll_counter_reg_0x3c24d993b389fbd70226b7d087a00684c2fc271bf1e95d778ae82087432d3eaa_cls = openub_dll_counter_reg_0x3c24d993b389fbd70226b7d087a00684c2fc271bf1e95d778ae82087432d3eaa_cls(
                                                                     address=self.address+1364,
                                                                     logger_handle=logger_handle+'.RX_PHY_ERR_FLITS',
                                                                     inst_name='RX_PHY_ERR_FLITS', parent=self)
        
            
        self.__VL_TX_PKTS:openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls_array = openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls_array(address=self.address+1536,
                                                                                      stride=4,
                                                                                      dimensions=tuple([16]),
                                                                                      logger_handle=logger_handle+'.VL_TX_PKTS',
                                                                                      inst_name='VL_TX_PKTS', parent=self)
        
            
        self.__VL_RX_PKTS:openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls_array = openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls_array(address=self.address+1600,
                                                                                      stride=4,
                                                                                      dimensions=tuple([16]),
                                                                                      logger_handle=logger_handle+'.VL_RX_PKTS',
                                                                                      inst_name='VL_RX_PKTS', parent=self)
        
            
        self.__VL_CRD:openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls_array = openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls_array(address=self.address+1728,
                                                                                      stride=4,
                                                                                      dimensions=tuple([16]),
                                                                                      logger_handle=logger_handle+'.VL_CRD',
                                                                                      inst_name='VL_CRD', parent=self)
        

    @property
    def size(self) -> int:
        return 1792
    @property
    def DL_CAP_0(self) -> 'openub_dll_DL_CAP_0_0x1ff163c3c30d83d73e6aa6d7d64378c2e44ec04d35df5808de16d63a84ad734e_cls':
        """
        Property to access DL_CAP_0 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Capability (0xb)                                         |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>What this end offers (read-only; E4 4.4, Z D.6.2.1).</p>        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CAP_0
        
    @property
    def DL_CAP_1(self) -> 'openub_dll_DL_CAP_1_0x17baae8e5669d6c1ea00d36b7af9f2c500f76c5e0aa6590f2595979193ad2b0_cls':
        """
        Property to access DL_CAP_1 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Capability (0xc)                                         |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The retry buffer of this end (read-only).</p>                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CAP_1
        
    @property
    def DL_CFG_0(self) -> 'openub_dll_DL_CFG_0_0x76c66f4e0878071dab05d5dc758b8268251941caeb07857e6b4025fa96006608_cls':
        """
        Property to access DL_CFG_0 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Configuration (0x40)                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>ACK grains and buffer sharing to negotiate (E4 4.4, Table 4-9). |
        |              |      Like every DL_CFG register, read at DLL_Param_Init.</p>            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CFG_0
        
    @property
    def CTRL_CREDIT_GRAIN_SIZE_cfg(self) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls_array':
        """
        Property to access CTRL_CREDIT_GRAIN_SIZE_cfg array

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Configuration (0x41..0x44)                               |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Crd_Ack CRD_NUM grains offered per VL, bit k = 2**k cells.      |
        |              |      Element i holds VLs 4i..4i+3, a byte each.</p>                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTRL_CREDIT_GRAIN_SIZE_cfg
        
    @property
    def DATA_CREDIT_GRAIN_SIZE_cfg(self) -> 'openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls_array':
        """
        Property to access DATA_CREDIT_GRAIN_SIZE_cfg array

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Configuration (0x45..0x48)                               |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>LPH/LBH CRD grains offered per VL, bit k = 2**k cells. Element  |
        |              |      i holds VLs 4i..4i+3, a byte each.</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DATA_CREDIT_GRAIN_SIZE_cfg
        
    @property
    def DL_CFG_9(self) -> 'openub_dll_DL_CFG_9_0xb946cdd432cb1189ceb51cf02706cea8598538bb0e5c888bc954e6e9c6f42317_cls':
        """
        Property to access DL_CFG_9 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Configuration (0x49)                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cell size, VLs and DLLDP spacing to negotiate.</p>              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CFG_9
        
    @property
    def DL_CFG_10(self) -> 'openub_dll_DL_CFG_10_0xae163be501dc80a921b79a59a553cf4b44f83ceaf1f0e1a05ab915a6876760dc_cls':
        """
        Property to access DL_CFG_10 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Configuration (0x4a)                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry buffer depth to advertise.</p>                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CFG_10
        
    @property
    def DL_CFG_11(self) -> 'openub_dll_DL_CFG_11_0x3f9ad8f973a4393dfd1d1567bfef477f3d22e8e244eb7644ccedf22bdba5a596_cls':
        """
        Property to access DL_CFG_11 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Configuration (0x4b)                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Feature set to negotiate.</p>                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CFG_11
        
    @property
    def REMOTE_INIT_CRD_CFG(self) -> 'openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls_array':
        """
        Property to access REMOTE_INIT_CRD_CFG array

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Remote Init Credit Cfg (0x60..0x67)                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cfg Remote crd vlN: the initial credit granted to the peer in   |
        |              |      DLL_Credit_Init, in cells. It is capped at what the VL's receive   |
        |              |      buffer holds. Element i holds VLs 2i (bits 15:0) and 2i+1 (bits    |
        |              |      31:16).</p>                                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__REMOTE_INIT_CRD_CFG
        
    @property
    def PERF_OPT_CFG(self) -> 'openub_dll_PERF_OPT_CFG_0x32e0e7a5b311fba649de004c02303ad916760ad169ab6f039edfe8b8d5aae5f1_cls':
        """
        Property to access PERF_OPT_CFG 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Performance Optimization Cfg (ACK)                       |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The ACK watermarks of E4 4.6.3 in flits (0: off).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PERF_OPT_CFG
        
    @property
    def CRD_RETURN_CFG(self) -> 'openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls_array':
        """
        Property to access CRD_RETURN_CFG array

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Performance Optimization Cfg (Cfg Crd Vn Return)         |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credit owed to the peer at or above this many cells: a Crd_Ack  |
        |              |      is sent (0: off). Element i holds VLs 2i (bits 15:0) and 2i+1      |
        |              |      (bits 31:16).</p>                                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CRD_RETURN_CFG
        
    @property
    def CRD_LLCRD_CFG(self) -> 'openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls_array':
        """
        Property to access CRD_LLCRD_CFG array

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Performance Optimization Cfg (Cfg Crd Vn Llcrd)          |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Credit owed at or above this many cells: DLLDPs are held back   |
        |              |      and a Crd_Ack is forced (0: off). Element i holds VLs 2i and       |
        |              |      2i+1.</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CRD_LLCRD_CFG
        
    @property
    def DL_STA_0(self) -> 'openub_dll_DL_STA_0_0x99cac6e8a9144bdce9064538a2c7aa95bf543852ca5b364a96c05b13a238f315_cls':
        """
        Property to access DL_STA_0 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Status (0xa0)                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Negotiated ACK grains and sharing (one-hot, bit k = 2**k).</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_STA_0
        
    @property
    def CTRL_CREDIT_GRAIN_SIZE_sta(self) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls_array':
        """
        Property to access CTRL_CREDIT_GRAIN_SIZE_sta array

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Status (0xa1..0xa4)                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Negotiated Crd_Ack credit grain per VL, cells. Element i holds  |
        |              |      VLs 4i..4i+3.</p>                                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTRL_CREDIT_GRAIN_SIZE_sta
        
    @property
    def DATA_CREDIT_GRAIN_SIZE_sta(self) -> 'openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls_array':
        """
        Property to access DATA_CREDIT_GRAIN_SIZE_sta array

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Status (0xa5..0xa8)                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Negotiated LPH/LBH credit grain per VL, cells. Element i holds  |
        |              |      VLs 4i..4i+3.</p>                                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DATA_CREDIT_GRAIN_SIZE_sta
        
    @property
    def DL_STA_9(self) -> 'openub_dll_DL_STA_9_0x954f9d2aa7e90c05f8455813627d4910e794c07004447a7d37a4d4684728a89d_cls':
        """
        Property to access DL_STA_9 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Status (0xa9)                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Negotiated cell size, VLs and the peer's DLLDP spacing.</p>     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_STA_9
        
    @property
    def DL_STA_10(self) -> 'openub_dll_DL_STA_10_0x1d9961ff652d8e449aed52a44b798cd0586780cba12c56cea23efb207355bc1c_cls':
        """
        Property to access DL_STA_10 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Status (0xaa)                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Negotiated feature set (OpenUB's placement of FEATURE_ID in the |
        |              |      status block).</p>                                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_STA_10
        
    @property
    def DL_STA_11(self) -> 'openub_dll_DL_STA_11_0x5c76058c60f44e860d3163aea6b10f1254b6d67f8fbfd52f371d7535a5f48a6_cls':
        """
        Property to access DL_STA_11 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link Status (0xab)                                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The peer's retry buffer.</p>                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_STA_11
        
    @property
    def DL_SM_STATUS(self) -> 'openub_dll_DL_SM_STATUS_0x503140cc5bed3a748e4d88be180a062a04880d03339ce71d12a77e405ebfaf13_cls':
        """
        Property to access DL_SM_STATUS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data Link State Machine Status (0xac)                              |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The data link's state machines.</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_SM_STATUS
        
    @property
    def PORT_LINK_STATUS_0(self) -> 'openub_dll_PORT_LINK_STATUS_0_0xc5523fbd8ab6c9ef53987a15d66453ee1fde69e96c462f34971f71c4a9136ac4_cls':
        """
        Property to access PORT_LINK_STATUS_0 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Port Link Status 0 (0xc0)                                          |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PHY and data link up.</p>                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PORT_LINK_STATUS_0
        
    @property
    def DL_CTRL(self) -> 'openub_dll_DL_CTRL_0x297c33198d640cc0b3fa09bf65686ef09fc8434864abc56dd32e8f56bbc73163_cls':
        """
        Property to access DL_CTRL 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Data link control (OpenUB)                                         |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Bring-up and the UBFM reset.</p>                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CTRL
        
    @property
    def DL_RETRY_CFG(self) -> 'openub_dll_DL_RETRY_CFG_0xd4c6b04add912122a165e0528a4dd4f0ae4fb4b8c840512a468302a9a9e9e9ba_cls':
        """
        Property to access DL_RETRY_CFG 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Link-level retry configuration (OpenUB)                            |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RETRY_REQ_SM limits (E4 4.7.3.3).</p>                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_RETRY_CFG
        
    @property
    def DL_CRD_CFG(self) -> 'openub_dll_DL_CRD_CFG_0xcc5e90f813402af917d00e4cce906432389886d0d8e133511f7a360c1c7f3604_cls':
        """
        Property to access DL_CRD_CFG 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Credit and retry buffer configuration (OpenUB)                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Lockout threshold and the credit-return timeout.</p>            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_CRD_CFG
        
    @property
    def LANE_CTRL(self) -> 'openub_dll_LANE_CTRL_0xf08bc356955628dcd6c3415448f485fedfbdbaa5ac8c47ad8f2f369801455f74_cls':
        """
        Property to access LANE_CTRL 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Lane control (OpenUB PHY model)                                    |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Dynamic width change without retraining (result in              |
        |              |      PORT_LINK_STATUS_0.width_status).</p>                              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__LANE_CTRL
        
    @property
    def DL_RETRY_STATUS(self) -> 'openub_dll_DL_RETRY_STATUS_0x58cd91b19ebb4d3c4730e9b6378d5a2b8b7f165b2b90c6e44bc1fb6ffd4969f1_cls':
        """
        Property to access DL_RETRY_STATUS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Retry buffer status (OpenUB)                                       |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry pointers (E4 4.7.3.2).</p>                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DL_RETRY_STATUS
        
    @property
    def PORT_UNCORR_ERR_STATUS(self) -> 'openub_dll_PORT_UNCORR_ERR_STATUS_0x491718819a17f170f31326fbf17a5f78d739c56cd1361eda26f79d79dedf1075_cls':
        """
        Property to access PORT_UNCORR_ERR_STATUS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Port Uncorrectable Error Status (data link bits)                   |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Sticky; write 1 to clear. Bits of Z D.6.22.</p>                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PORT_UNCORR_ERR_STATUS
        
    @property
    def PORT_UNCORR_ERR_ENABLE(self) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_0xa07963112b264ea26b0d7ac07862617772679306e6991d6e9cb5f583a377e17a_cls':
        """
        Property to access PORT_UNCORR_ERR_ENABLE 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Port uncorrectable error interrupt enable (OpenUB)                 |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Interrupt enable per PORT_UNCORR_ERR_STATUS bit (the            |
        |              |      specification has a mask).</p>                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PORT_UNCORR_ERR_ENABLE
        
    @property
    def PORT_CORR_ERR_STATUS(self) -> 'openub_dll_PORT_CORR_ERR_STATUS_0x3e5acbfc7e3f9e56a8417eda4ad639cae2e0cb61758307fbba09975f3ced3612_cls':
        """
        Property to access PORT_CORR_ERR_STATUS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Port Correctable Error Status (data link bits)                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Sticky; write 1 to clear. Bits of Z D.6.22.</p>                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PORT_CORR_ERR_STATUS
        
    @property
    def PORT_CORR_ERR_ENABLE(self) -> 'openub_dll_PORT_CORR_ERR_ENABLE_0x206cc778afa2f205c4c7166c1d348eb84d3ad0ad182c839b17426735e1dd6bb4_cls':
        """
        Property to access PORT_CORR_ERR_ENABLE 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Port correctable error interrupt enable (OpenUB)                   |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Interrupt enable per PORT_CORR_ERR_STATUS bit.</p>              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__PORT_CORR_ERR_ENABLE
        
    @property
    def TX_DLLDP(self) -> 'openub_dll_counter_reg_0xc2edc893eac439519bc8dfe46d2401786cee8a17f4703deffc3950e5ea142fba_cls':
        """
        Property to access TX_DLLDP 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_DLLDP                                                           |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>DLLDPs sent (first time; resends are in RESENT_FLITS).</p>      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_DLLDP
        
    @property
    def RX_DLLDP(self) -> 'openub_dll_counter_reg_0xa9fe620cad8c4d865048ba3e40d0fce24826eca8a12ca2ae3b5e22d270d79e85_cls':
        """
        Property to access RX_DLLDP 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RX_DLLDP                                                           |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>DLLDPs received whole and good, passed up.</p>                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RX_DLLDP
        
    @property
    def TX_FLITS(self) -> 'openub_dll_counter_reg_0x3970df3b4793bf4a740fff31c925ee085c56824110f9854171b2042a5d433647_cls':
        """
        Property to access TX_FLITS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_FLITS                                                           |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Flits sent to the PHY: DLLDP, DLLCB and resent flits.</p>       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_FLITS
        
    @property
    def RESENT_FLITS(self) -> 'openub_dll_counter_reg_0xd75e0cf9600efb8e462727255c04339f3557e692bc3397e49cf39a708dfc1e38_cls':
        """
        Property to access RESENT_FLITS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RESENT_FLITS                                                       |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Flits resent from the retry buffer.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RESENT_FLITS
        
    @property
    def CRC_ERROR_SUM(self) -> 'openub_dll_counter_reg_0xc8511f26e592add60e5d9286929db7538044a22d878b1581d6cb2672d53489eb_cls':
        """
        Property to access CRC_ERROR_SUM 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      CRC_ERROR_SUM                                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Blocks received with a bad BCRC (crc_error_sum).</p>            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CRC_ERROR_SUM
        
    @property
    def HDR_ERRORS(self) -> 'openub_dll_counter_reg_0x6a0c8f079a390bd334538dbaaaaf18c92de8f9a02ed4ffa002c8acfc60a0a8b_cls':
        """
        Property to access HDR_ERRORS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      HDR_ERRORS                                                         |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Blocks received with a good CRC and an invalid header or        |
        |              |      PLENGTH.</p>                                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__HDR_ERRORS
        
    @property
    def RETRY_REQ_SUM(self) -> 'openub_dll_counter_reg_0xa1dde34ea2ac725792f8c53cac21106786b94ca3959428381800ef95388e239e_cls':
        """
        Property to access RETRY_REQ_SUM 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RETRY_REQ_SUM                                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry_Req_Sets sent (retry_req_sum).</p>                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_REQ_SUM
        
    @property
    def RETRY_REQ_RX(self) -> 'openub_dll_counter_reg_0x1db3750c75485a54e89ca6a290c572780a1e9c3bfb599c7db9cb079bee2ea410_cls':
        """
        Property to access RETRY_REQ_RX 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RETRY_REQ_RX                                                       |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry_Req_Sets received from the peer.</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_REQ_RX
        
    @property
    def RETRY_ACK_SUM(self) -> 'openub_dll_counter_reg_0xc2973178c0dc46e87d9a2f347931ce11215188a702b2cff6461d642d73ecf394_cls':
        """
        Property to access RETRY_ACK_SUM 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RETRY_ACK_SUM                                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Retry_Ack_Sets sent (retry_ack_sum).</p>                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_ACK_SUM
        
    @property
    def RETRY_ACK_TIMEOUTS(self) -> 'openub_dll_counter_reg_0xc19e6e73b64c522fd24f67805ba132109e06ea76e55b382b488b2fb72d0bd4b1_cls':
        """
        Property to access RETRY_ACK_TIMEOUTS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RETRY_ACK_TIMEOUTS                                                 |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>DL Retry ACK Timeout events.</p>                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_ACK_TIMEOUTS
        
    @property
    def RETRY_ROLLOVERS(self) -> 'openub_dll_counter_reg_0x9e8405b2e085bcd67909885455efb221f70f7a362631b346d60e411bb1bce45e_cls':
        """
        Property to access RETRY_ROLLOVERS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RETRY_ROLLOVERS                                                    |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>DL Retry Rollover events.</p>                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RETRY_ROLLOVERS
        
    @property
    def ERROR_DLLDP(self) -> 'openub_dll_counter_reg_0xe9bbb5be2de89e3f9c33ceeb291da6ce26f031ea89daf59fea0da2258e674489_cls':
        """
        Property to access ERROR_DLLDP 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      ERROR_DLLDP                                                        |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>DLLDPs received with ERROR_FLAG set (passed up marked, E4       |
        |              |      4.8.3).</p>                                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__ERROR_DLLDP
        
    @property
    def LINK_DOWN_DROPS(self) -> 'openub_dll_counter_reg_0x1e214a280271c3c028502f234470847ce02467958699323c197b9fabeb7c48c8_cls':
        """
        Property to access LINK_DOWN_DROPS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      LINK_DOWN_DROPS                                                    |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Packets the transmitter had taken in and dropped at link-down   |
        |              |      (E4 4.8.4).</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__LINK_DOWN_DROPS
        
    @property
    def TX_BAD_VL(self) -> 'openub_dll_counter_reg_0x9fc43feb7b2a64d9099afcb246b3de11185a2776630d34d31a36f5957e125925_cls':
        """
        Property to access TX_BAD_VL 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_BAD_VL                                                          |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Packets from the upper layer on a VL the endpoint does not      |
        |              |      implement, dropped.</p>                                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_BAD_VL
        
    @property
    def TX_OVERSIZE(self) -> 'openub_dll_counter_reg_0x721b4ab237cb5d21b32af37dfed702a16089cc685e670a282af13533aa25608b_cls':
        """
        Property to access TX_OVERSIZE 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_OVERSIZE                                                        |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Packets from the upper layer longer than the MTU: sent cut with |
        |              |      ERROR_FLAG.</p>                                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_OVERSIZE
        
    @property
    def TX_EMPTY(self) -> 'openub_dll_counter_reg_0x54cca9bf377b0868b764e2b5e1543bdebecea94c61d6938d82427b9cc6ebba99_cls':
        """
        Property to access TX_EMPTY 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_EMPTY                                                           |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Packets from the upper layer with no payload byte, dropped.</p> |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_EMPTY
        
    @property
    def TX_VL_DISABLED(self) -> 'openub_dll_counter_reg_0xf2f5b90c078739e12c8e89a96845b41f9bda1c1776b565814833b2b398fe359d_cls':
        """
        Property to access TX_VL_DISABLED 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_VL_DISABLED                                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Packets on a VL the negotiation did not enable, dropped.</p>    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_VL_DISABLED
        
    @property
    def LANE_CHANGES(self) -> 'openub_dll_counter_reg_0x3cec19b1d8814086efa7143dedb29191472cb84256c8048710687b9ffd78ccff_cls':
        """
        Property to access LANE_CHANGES 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      LANE_CHANGES                                                       |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PHY width changes after lane failures.</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__LANE_CHANGES
        
    @property
    def TX_DLLCB_FLITS(self) -> 'openub_dll_counter_reg_0x20431a1bbcdf1194c3fce7a54314e46b24c2ef035c34bdfe3e0df853218b9797_cls':
        """
        Property to access TX_DLLCB_FLITS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_DLLCB_FLITS                                                     |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Flits of DLLCBs sent, Retry and Null blocks included, resends   |
        |              |      not (ctrl_pkt_flit_num).</p>                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_DLLCB_FLITS
        
    @property
    def TX_NULL_FLITS(self) -> 'openub_dll_counter_reg_0xc159ca268159e79f01bb534238569a26f8c0331a258504c96ef212f986e3c781_cls':
        """
        Property to access TX_NULL_FLITS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_NULL_FLITS                                                      |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Null Blocks sent: the idle wire in DLL_Normal (E4 4.3.3.2).</p> |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_NULL_FLITS
        
    @property
    def TX_BAD_CFG(self) -> 'openub_dll_counter_reg_0x161ee83b98fb064109b27f5f6a3a92c6af8c8e9db1df7f2fc0e2faf607322674_cls':
        """
        Property to access TX_BAD_CFG 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      TX_BAD_CFG                                                         |
        +--------------+-------------------------------------------------------------------------+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Packets from the upper layer with a CFG the link does not       |
        |              |      define for a DLLDP (not 3, 4, 5, 6, 7 or 9; E4 Table 4-1),         |
        |              |      dropped.</p>                                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__TX_BAD_CFG
        
    @property
    def RX_PHY_ERR_FLITS(self) -> 'openub_dll_counter_reg_0x3c24d993b389fbd70226b7d087a00684c2fc271bf1e95d778ae82087432d3eaa_cls':
        """
        Property to access RX_PHY_ERR_FLITS 

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
        return self.__RX_PHY_ERR_FLITS
        
    @property
    def VL_TX_PKTS(self) -> 'openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls_array':
        """
        Property to access VL_TX_PKTS array

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
        return self.__VL_TX_PKTS
        
    @property
    def VL_RX_PKTS(self) -> 'openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls_array':
        """
        Property to access VL_RX_PKTS array

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
        return self.__VL_RX_PKTS
        
    @property
    def VL_CRD(self) -> 'openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls_array':
        """
        Property to access VL_CRD array

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
        return self.__VL_CRD
        

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DL_CAP_0':'DL_CAP_0','DL_CAP_1':'DL_CAP_1','DL_CFG_0':'DL_CFG_0','CTRL_CREDIT_GRAIN_SIZE_cfg':'CTRL_CREDIT_GRAIN_SIZE_cfg','DATA_CREDIT_GRAIN_SIZE_cfg':'DATA_CREDIT_GRAIN_SIZE_cfg','DL_CFG_9':'DL_CFG_9','DL_CFG_10':'DL_CFG_10','DL_CFG_11':'DL_CFG_11','REMOTE_INIT_CRD_CFG':'REMOTE_INIT_CRD_CFG','PERF_OPT_CFG':'PERF_OPT_CFG','CRD_RETURN_CFG':'CRD_RETURN_CFG','CRD_LLCRD_CFG':'CRD_LLCRD_CFG','DL_STA_0':'DL_STA_0','CTRL_CREDIT_GRAIN_SIZE_sta':'CTRL_CREDIT_GRAIN_SIZE_sta','DATA_CREDIT_GRAIN_SIZE_sta':'DATA_CREDIT_GRAIN_SIZE_sta','DL_STA_9':'DL_STA_9','DL_STA_10':'DL_STA_10','DL_STA_11':'DL_STA_11','DL_SM_STATUS':'DL_SM_STATUS','PORT_LINK_STATUS_0':'PORT_LINK_STATUS_0','DL_CTRL':'DL_CTRL','DL_RETRY_CFG':'DL_RETRY_CFG','DL_CRD_CFG':'DL_CRD_CFG','LANE_CTRL':'LANE_CTRL','DL_RETRY_STATUS':'DL_RETRY_STATUS','PORT_UNCORR_ERR_STATUS':'PORT_UNCORR_ERR_STATUS','PORT_UNCORR_ERR_ENABLE':'PORT_UNCORR_ERR_ENABLE','PORT_CORR_ERR_STATUS':'PORT_CORR_ERR_STATUS','PORT_CORR_ERR_ENABLE':'PORT_CORR_ERR_ENABLE','TX_DLLDP':'TX_DLLDP','RX_DLLDP':'RX_DLLDP','TX_FLITS':'TX_FLITS','RESENT_FLITS':'RESENT_FLITS','CRC_ERROR_SUM':'CRC_ERROR_SUM','HDR_ERRORS':'HDR_ERRORS','RETRY_REQ_SUM':'RETRY_REQ_SUM','RETRY_REQ_RX':'RETRY_REQ_RX','RETRY_ACK_SUM':'RETRY_ACK_SUM','RETRY_ACK_TIMEOUTS':'RETRY_ACK_TIMEOUTS','RETRY_ROLLOVERS':'RETRY_ROLLOVERS','ERROR_DLLDP':'ERROR_DLLDP','LINK_DOWN_DROPS':'LINK_DOWN_DROPS','TX_BAD_VL':'TX_BAD_VL','TX_OVERSIZE':'TX_OVERSIZE','TX_EMPTY':'TX_EMPTY','TX_VL_DISABLED':'TX_VL_DISABLED','LANE_CHANGES':'LANE_CHANGES','TX_DLLCB_FLITS':'TX_DLLCB_FLITS','TX_NULL_FLITS':'TX_NULL_FLITS','TX_BAD_CFG':'TX_BAD_CFG','RX_PHY_ERR_FLITS':'RX_PHY_ERR_FLITS','VL_TX_PKTS':'VL_TX_PKTS','VL_RX_PKTS':'VL_RX_PKTS','VL_CRD':'VL_CRD',
            }

    
    
    
    
    
    
    # nodes:54
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CAP_0"]) -> 'openub_dll_DL_CAP_0_0x1ff163c3c30d83d73e6aa6d7d64378c2e44ec04d35df5808de16d63a84ad734e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CAP_1"]) -> 'openub_dll_DL_CAP_1_0x17baae8e5669d6c1ea00d36b7af9f2c500f76c5e0aa6590f2595979193ad2b0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CFG_0"]) -> 'openub_dll_DL_CFG_0_0x76c66f4e0878071dab05d5dc758b8268251941caeb07857e6b4025fa96006608_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTRL_CREDIT_GRAIN_SIZE_cfg"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DATA_CREDIT_GRAIN_SIZE_cfg"]) -> 'openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CFG_9"]) -> 'openub_dll_DL_CFG_9_0xb946cdd432cb1189ceb51cf02706cea8598538bb0e5c888bc954e6e9c6f42317_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CFG_10"]) -> 'openub_dll_DL_CFG_10_0xae163be501dc80a921b79a59a553cf4b44f83ceaf1f0e1a05ab915a6876760dc_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CFG_11"]) -> 'openub_dll_DL_CFG_11_0x3f9ad8f973a4393dfd1d1567bfef477f3d22e8e244eb7644ccedf22bdba5a596_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["REMOTE_INIT_CRD_CFG"]) -> 'openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PERF_OPT_CFG"]) -> 'openub_dll_PERF_OPT_CFG_0x32e0e7a5b311fba649de004c02303ad916760ad169ab6f039edfe8b8d5aae5f1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CRD_RETURN_CFG"]) -> 'openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CRD_LLCRD_CFG"]) -> 'openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_STA_0"]) -> 'openub_dll_DL_STA_0_0x99cac6e8a9144bdce9064538a2c7aa95bf543852ca5b364a96c05b13a238f315_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTRL_CREDIT_GRAIN_SIZE_sta"]) -> 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DATA_CREDIT_GRAIN_SIZE_sta"]) -> 'openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_STA_9"]) -> 'openub_dll_DL_STA_9_0x954f9d2aa7e90c05f8455813627d4910e794c07004447a7d37a4d4684728a89d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_STA_10"]) -> 'openub_dll_DL_STA_10_0x1d9961ff652d8e449aed52a44b798cd0586780cba12c56cea23efb207355bc1c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_STA_11"]) -> 'openub_dll_DL_STA_11_0x5c76058c60f44e860d3163aea6b10f1254b6d67f8fbfd52f371d7535a5f48a6_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_SM_STATUS"]) -> 'openub_dll_DL_SM_STATUS_0x503140cc5bed3a748e4d88be180a062a04880d03339ce71d12a77e405ebfaf13_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PORT_LINK_STATUS_0"]) -> 'openub_dll_PORT_LINK_STATUS_0_0xc5523fbd8ab6c9ef53987a15d66453ee1fde69e96c462f34971f71c4a9136ac4_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CTRL"]) -> 'openub_dll_DL_CTRL_0x297c33198d640cc0b3fa09bf65686ef09fc8434864abc56dd32e8f56bbc73163_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_RETRY_CFG"]) -> 'openub_dll_DL_RETRY_CFG_0xd4c6b04add912122a165e0528a4dd4f0ae4fb4b8c840512a468302a9a9e9e9ba_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_CRD_CFG"]) -> 'openub_dll_DL_CRD_CFG_0xcc5e90f813402af917d00e4cce906432389886d0d8e133511f7a360c1c7f3604_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LANE_CTRL"]) -> 'openub_dll_LANE_CTRL_0xf08bc356955628dcd6c3415448f485fedfbdbaa5ac8c47ad8f2f369801455f74_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DL_RETRY_STATUS"]) -> 'openub_dll_DL_RETRY_STATUS_0x58cd91b19ebb4d3c4730e9b6378d5a2b8b7f165b2b90c6e44bc1fb6ffd4969f1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PORT_UNCORR_ERR_STATUS"]) -> 'openub_dll_PORT_UNCORR_ERR_STATUS_0x491718819a17f170f31326fbf17a5f78d739c56cd1361eda26f79d79dedf1075_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PORT_UNCORR_ERR_ENABLE"]) -> 'openub_dll_PORT_UNCORR_ERR_ENABLE_0xa07963112b264ea26b0d7ac07862617772679306e6991d6e9cb5f583a377e17a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PORT_CORR_ERR_STATUS"]) -> 'openub_dll_PORT_CORR_ERR_STATUS_0x3e5acbfc7e3f9e56a8417eda4ad639cae2e0cb61758307fbba09975f3ced3612_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PORT_CORR_ERR_ENABLE"]) -> 'openub_dll_PORT_CORR_ERR_ENABLE_0x206cc778afa2f205c4c7166c1d348eb84d3ad0ad182c839b17426735e1dd6bb4_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_DLLDP"]) -> 'openub_dll_counter_reg_0xc2edc893eac439519bc8dfe46d2401786cee8a17f4703deffc3950e5ea142fba_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_DLLDP"]) -> 'openub_dll_counter_reg_0xa9fe620cad8c4d865048ba3e40d0fce24826eca8a12ca2ae3b5e22d270d79e85_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_FLITS"]) -> 'openub_dll_counter_reg_0x3970df3b4793bf4a740fff31c925ee085c56824110f9854171b2042a5d433647_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RESENT_FLITS"]) -> 'openub_dll_counter_reg_0xd75e0cf9600efb8e462727255c04339f3557e692bc3397e49cf39a708dfc1e38_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CRC_ERROR_SUM"]) -> 'openub_dll_counter_reg_0xc8511f26e592add60e5d9286929db7538044a22d878b1581d6cb2672d53489eb_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["HDR_ERRORS"]) -> 'openub_dll_counter_reg_0x6a0c8f079a390bd334538dbaaaaf18c92de8f9a02ed4ffa002c8acfc60a0a8b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RETRY_REQ_SUM"]) -> 'openub_dll_counter_reg_0xa1dde34ea2ac725792f8c53cac21106786b94ca3959428381800ef95388e239e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RETRY_REQ_RX"]) -> 'openub_dll_counter_reg_0x1db3750c75485a54e89ca6a290c572780a1e9c3bfb599c7db9cb079bee2ea410_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RETRY_ACK_SUM"]) -> 'openub_dll_counter_reg_0xc2973178c0dc46e87d9a2f347931ce11215188a702b2cff6461d642d73ecf394_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RETRY_ACK_TIMEOUTS"]) -> 'openub_dll_counter_reg_0xc19e6e73b64c522fd24f67805ba132109e06ea76e55b382b488b2fb72d0bd4b1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RETRY_ROLLOVERS"]) -> 'openub_dll_counter_reg_0x9e8405b2e085bcd67909885455efb221f70f7a362631b346d60e411bb1bce45e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ERROR_DLLDP"]) -> 'openub_dll_counter_reg_0xe9bbb5be2de89e3f9c33ceeb291da6ce26f031ea89daf59fea0da2258e674489_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LINK_DOWN_DROPS"]) -> 'openub_dll_counter_reg_0x1e214a280271c3c028502f234470847ce02467958699323c197b9fabeb7c48c8_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_BAD_VL"]) -> 'openub_dll_counter_reg_0x9fc43feb7b2a64d9099afcb246b3de11185a2776630d34d31a36f5957e125925_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_OVERSIZE"]) -> 'openub_dll_counter_reg_0x721b4ab237cb5d21b32af37dfed702a16089cc685e670a282af13533aa25608b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_EMPTY"]) -> 'openub_dll_counter_reg_0x54cca9bf377b0868b764e2b5e1543bdebecea94c61d6938d82427b9cc6ebba99_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_VL_DISABLED"]) -> 'openub_dll_counter_reg_0xf2f5b90c078739e12c8e89a96845b41f9bda1c1776b565814833b2b398fe359d_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LANE_CHANGES"]) -> 'openub_dll_counter_reg_0x3cec19b1d8814086efa7143dedb29191472cb84256c8048710687b9ffd78ccff_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_DLLCB_FLITS"]) -> 'openub_dll_counter_reg_0x20431a1bbcdf1194c3fce7a54314e46b24c2ef035c34bdfe3e0df853218b9797_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_NULL_FLITS"]) -> 'openub_dll_counter_reg_0xc159ca268159e79f01bb534238569a26f8c0331a258504c96ef212f986e3c781_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_BAD_CFG"]) -> 'openub_dll_counter_reg_0x161ee83b98fb064109b27f5f6a3a92c6af8c8e9db1df7f2fc0e2faf607322674_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_PHY_ERR_FLITS"]) -> 'openub_dll_counter_reg_0x3c24d993b389fbd70226b7d087a00684c2fc271bf1e95d778ae82087432d3eaa_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_TX_PKTS"]) -> 'openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_RX_PKTS"]) -> 'openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls_array': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VL_CRD"]) -> 'openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls_array': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['openub_dll_DL_CAP_0_0x1ff163c3c30d83d73e6aa6d7d64378c2e44ec04d35df5808de16d63a84ad734e_cls', 'openub_dll_DL_CAP_1_0x17baae8e5669d6c1ea00d36b7af9f2c500f76c5e0aa6590f2595979193ad2b0_cls', 'openub_dll_DL_CFG_0_0x76c66f4e0878071dab05d5dc758b8268251941caeb07857e6b4025fa96006608_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_cfg_0x32ec2ab33a4de5428bf3874bf5660ce094bf54cbe670fd5e4bc31824bdb3c7ea_cls_array', 'openub_dll_DATA_CREDIT_GRAIN_SIZE_cfg_0xd04b40bf5260dc71ce9ad16b2098877adfaa2153cf13a0529b31106d72d13c2b_cls_array', 'openub_dll_DL_CFG_9_0xb946cdd432cb1189ceb51cf02706cea8598538bb0e5c888bc954e6e9c6f42317_cls', 'openub_dll_DL_CFG_10_0xae163be501dc80a921b79a59a553cf4b44f83ceaf1f0e1a05ab915a6876760dc_cls', 'openub_dll_DL_CFG_11_0x3f9ad8f973a4393dfd1d1567bfef477f3d22e8e244eb7644ccedf22bdba5a596_cls', 'openub_dll_REMOTE_INIT_CRD_CFG_0xb929940cf1c9c63c40e06e102ce7be518e7c2e300b6f5131e195fb5a213f04d_cls_array', 'openub_dll_PERF_OPT_CFG_0x32e0e7a5b311fba649de004c02303ad916760ad169ab6f039edfe8b8d5aae5f1_cls', 'openub_dll_CRD_RETURN_CFG_0x7536bc7df63ed70e73db3c336083ebeb5d219f64a1070af70060a3794fdc8081_cls_array', 'openub_dll_CRD_LLCRD_CFG_0xdb14b51690822f749dad2f25e426b712c28477aff65d206ba285f7183280f88_cls_array', 'openub_dll_DL_STA_0_0x99cac6e8a9144bdce9064538a2c7aa95bf543852ca5b364a96c05b13a238f315_cls', 'openub_dll_CTRL_CREDIT_GRAIN_SIZE_sta_0xb3b15bf30b357e5bcb905121750ff02b278dae31f9484bcbcfb38b2413c443ba_cls_array', 'openub_dll_DATA_CREDIT_GRAIN_SIZE_sta_0x3ae76d3f89f95f94d694ef3e8d04c9721b12b21ac1ebb96f72f1918a3383c54f_cls_array', 'openub_dll_DL_STA_9_0x954f9d2aa7e90c05f8455813627d4910e794c07004447a7d37a4d4684728a89d_cls', 'openub_dll_DL_STA_10_0x1d9961ff652d8e449aed52a44b798cd0586780cba12c56cea23efb207355bc1c_cls', 'openub_dll_DL_STA_11_0x5c76058c60f44e860d3163aea6b10f1254b6d67f8fbfd52f371d7535a5f48a6_cls', 'openub_dll_DL_SM_STATUS_0x503140cc5bed3a748e4d88be180a062a04880d03339ce71d12a77e405ebfaf13_cls', 'openub_dll_PORT_LINK_STATUS_0_0xc5523fbd8ab6c9ef53987a15d66453ee1fde69e96c462f34971f71c4a9136ac4_cls', 'openub_dll_DL_CTRL_0x297c33198d640cc0b3fa09bf65686ef09fc8434864abc56dd32e8f56bbc73163_cls', 'openub_dll_DL_RETRY_CFG_0xd4c6b04add912122a165e0528a4dd4f0ae4fb4b8c840512a468302a9a9e9e9ba_cls', 'openub_dll_DL_CRD_CFG_0xcc5e90f813402af917d00e4cce906432389886d0d8e133511f7a360c1c7f3604_cls', 'openub_dll_LANE_CTRL_0xf08bc356955628dcd6c3415448f485fedfbdbaa5ac8c47ad8f2f369801455f74_cls', 'openub_dll_DL_RETRY_STATUS_0x58cd91b19ebb4d3c4730e9b6378d5a2b8b7f165b2b90c6e44bc1fb6ffd4969f1_cls', 'openub_dll_PORT_UNCORR_ERR_STATUS_0x491718819a17f170f31326fbf17a5f78d739c56cd1361eda26f79d79dedf1075_cls', 'openub_dll_PORT_UNCORR_ERR_ENABLE_0xa07963112b264ea26b0d7ac07862617772679306e6991d6e9cb5f583a377e17a_cls', 'openub_dll_PORT_CORR_ERR_STATUS_0x3e5acbfc7e3f9e56a8417eda4ad639cae2e0cb61758307fbba09975f3ced3612_cls', 'openub_dll_PORT_CORR_ERR_ENABLE_0x206cc778afa2f205c4c7166c1d348eb84d3ad0ad182c839b17426735e1dd6bb4_cls', 'openub_dll_counter_reg_0xc2edc893eac439519bc8dfe46d2401786cee8a17f4703deffc3950e5ea142fba_cls', 'openub_dll_counter_reg_0xa9fe620cad8c4d865048ba3e40d0fce24826eca8a12ca2ae3b5e22d270d79e85_cls', 'openub_dll_counter_reg_0x3970df3b4793bf4a740fff31c925ee085c56824110f9854171b2042a5d433647_cls', 'openub_dll_counter_reg_0xd75e0cf9600efb8e462727255c04339f3557e692bc3397e49cf39a708dfc1e38_cls', 'openub_dll_counter_reg_0xc8511f26e592add60e5d9286929db7538044a22d878b1581d6cb2672d53489eb_cls', 'openub_dll_counter_reg_0x6a0c8f079a390bd334538dbaaaaf18c92de8f9a02ed4ffa002c8acfc60a0a8b_cls', 'openub_dll_counter_reg_0xa1dde34ea2ac725792f8c53cac21106786b94ca3959428381800ef95388e239e_cls', 'openub_dll_counter_reg_0x1db3750c75485a54e89ca6a290c572780a1e9c3bfb599c7db9cb079bee2ea410_cls', 'openub_dll_counter_reg_0xc2973178c0dc46e87d9a2f347931ce11215188a702b2cff6461d642d73ecf394_cls', 'openub_dll_counter_reg_0xc19e6e73b64c522fd24f67805ba132109e06ea76e55b382b488b2fb72d0bd4b1_cls', 'openub_dll_counter_reg_0x9e8405b2e085bcd67909885455efb221f70f7a362631b346d60e411bb1bce45e_cls', 'openub_dll_counter_reg_0xe9bbb5be2de89e3f9c33ceeb291da6ce26f031ea89daf59fea0da2258e674489_cls', 'openub_dll_counter_reg_0x1e214a280271c3c028502f234470847ce02467958699323c197b9fabeb7c48c8_cls', 'openub_dll_counter_reg_0x9fc43feb7b2a64d9099afcb246b3de11185a2776630d34d31a36f5957e125925_cls', 'openub_dll_counter_reg_0x721b4ab237cb5d21b32af37dfed702a16089cc685e670a282af13533aa25608b_cls', 'openub_dll_counter_reg_0x54cca9bf377b0868b764e2b5e1543bdebecea94c61d6938d82427b9cc6ebba99_cls', 'openub_dll_counter_reg_0xf2f5b90c078739e12c8e89a96845b41f9bda1c1776b565814833b2b398fe359d_cls', 'openub_dll_counter_reg_0x3cec19b1d8814086efa7143dedb29191472cb84256c8048710687b9ffd78ccff_cls', 'openub_dll_counter_reg_0x20431a1bbcdf1194c3fce7a54314e46b24c2ef035c34bdfe3e0df853218b9797_cls', 'openub_dll_counter_reg_0xc159ca268159e79f01bb534238569a26f8c0331a258504c96ef212f986e3c781_cls', 'openub_dll_counter_reg_0x161ee83b98fb064109b27f5f6a3a92c6af8c8e9db1df7f2fc0e2faf607322674_cls', 'openub_dll_counter_reg_0x3c24d993b389fbd70226b7d087a00684c2fc271bf1e95d778ae82087432d3eaa_cls', 'openub_dll_counter_reg_0x351ae05472d8ed997dca0eb1436bbfd7973f85305cfce8030299f0d067d8169c_cls_array', 'openub_dll_counter_reg_0x6c16d4c4bfc7c6c3d6cb25df4575b21cc52082c3e876ebac2fd549d6717c9548_cls_array', 'openub_dll_VL_CRD_0x1067f83ce05e5ea930f932e8aa002a064c3a5b188db67af0491159a71e00fbc1_cls_array', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "OpenUB spec data link"
    @property
    def rdl_desc(self) -> str:
        return "Capability, configuration and negotiated status of the data link (UB 2.0 App\nD.6.2), the state machines, the port error status bits of the data link (App D.6.22), the\nPHY lane control, per-VL credit and traffic counters and the data link\u0027s event counters.\n32-bit registers at byte addresses on an AXI4-Lite bus; an access to an address outside this\nmap returns SLVERR, a write to a read-only register returns SLVERR and is ignored. Per-VL\nregisters have 16 elements; those of VLs the endpoint does not implement read 0."
    
    

    
    def __iter__(self) -> Iterator[Union[Node, NodeArray]]:
        
        
        yield self.DL_CAP_0
        yield self.DL_CAP_1
        yield self.DL_CFG_0
        yield self.CTRL_CREDIT_GRAIN_SIZE_cfg
        yield self.DATA_CREDIT_GRAIN_SIZE_cfg
        yield self.DL_CFG_9
        yield self.DL_CFG_10
        yield self.DL_CFG_11
        yield self.REMOTE_INIT_CRD_CFG
        yield self.PERF_OPT_CFG
        yield self.CRD_RETURN_CFG
        yield self.CRD_LLCRD_CFG
        yield self.DL_STA_0
        yield self.CTRL_CREDIT_GRAIN_SIZE_sta
        yield self.DATA_CREDIT_GRAIN_SIZE_sta
        yield self.DL_STA_9
        yield self.DL_STA_10
        yield self.DL_STA_11
        yield self.DL_SM_STATUS
        yield self.PORT_LINK_STATUS_0
        yield self.DL_CTRL
        yield self.DL_RETRY_CFG
        yield self.DL_CRD_CFG
        yield self.LANE_CTRL
        yield self.DL_RETRY_STATUS
        yield self.PORT_UNCORR_ERR_STATUS
        yield self.PORT_UNCORR_ERR_ENABLE
        yield self.PORT_CORR_ERR_STATUS
        yield self.PORT_CORR_ERR_ENABLE
        yield self.TX_DLLDP
        yield self.RX_DLLDP
        yield self.TX_FLITS
        yield self.RESENT_FLITS
        yield self.CRC_ERROR_SUM
        yield self.HDR_ERRORS
        yield self.RETRY_REQ_SUM
        yield self.RETRY_REQ_RX
        yield self.RETRY_ACK_SUM
        yield self.RETRY_ACK_TIMEOUTS
        yield self.RETRY_ROLLOVERS
        yield self.ERROR_DLLDP
        yield self.LINK_DOWN_DROPS
        yield self.TX_BAD_VL
        yield self.TX_OVERSIZE
        yield self.TX_EMPTY
        yield self.TX_VL_DISABLED
        yield self.LANE_CHANGES
        yield self.TX_DLLCB_FLITS
        yield self.TX_NULL_FLITS
        yield self.TX_BAD_CFG
        yield self.RX_PHY_ERR_FLITS
        yield self.VL_TX_PKTS
        yield self.VL_RX_PKTS
        yield self.VL_CRD
        
        
    


openub_dll_cls = openub_dll_0x1c61ba9bbe93d231e28a2745b0a44af1c99375d97ff2517daef66b23a34541f8_cls

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
    openub_dll = openub_dll_cls(callbacks = AsyncCallbackSet(read_callback=read_addr_space,
                                                                                                     write_callback=write_addr_space))