


"""
Python Wrapper for the openub_dll register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from typing import Union

from peakrdl_python.sim_lib.register import Register, MemoryRegister
from peakrdl_python.sim_lib.memory import Memory
from peakrdl_python.sim_lib.simulator import MemoryEntry
from peakrdl_python.sim_lib.field import FieldDefinition, FieldType
from peakrdl_python.sim_lib.simulator import AsyncSimulator as Simulator


class openub_dll_simulator_cls(Simulator):

    def _build_registers(self) -> dict[int, Union[list[Union[MemoryRegister, Register]], Union[MemoryRegister, Register]]]:
        return {
            44 : 
    Register(width=32, full_inst_name='openub_dll.DL_CAP_0', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='VL_ENABLE_pro', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='FLOW_CTRL_SIZE_pro', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='PACKET_MIN_INTERVAL', field_type=FieldType.READONLY),
                                                ]),
            48 : 
    Register(width=32, full_inst_name='openub_dll.DL_CAP_1', readable=True, writable=False,
                                         fields=[FieldDefinition(high=19, low=0, msb=19, lsb=0, inst_name='RETRY_BUF_DEPTH', field_type=FieldType.READONLY),
                                                ]),
            256 : 
    Register(width=32, full_inst_name='openub_dll.DL_CFG_0', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='DATA_ACK_GRAIN_SIZE_cfg', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='CTRL_ACK_GRAIN_SIZE_cfg', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='RXBUF_VL_SHARE_cfg', field_type=FieldType.READWRITE),
                                                ]),
            260 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_cfg[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            264 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_cfg[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            268 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_cfg[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            272 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_cfg[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            276 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_cfg[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            280 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_cfg[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            284 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_cfg[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            288 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_cfg[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READWRITE),
                                                ]),
            292 : 
    Register(width=32, full_inst_name='openub_dll.DL_CFG_9', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='VL_ENABLE_cfg', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='FLOW_CTRL_SIZE_cfg', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='PACKET_MIN_INTERVAL', field_type=FieldType.READWRITE),
                                                ]),
            296 : 
    Register(width=32, full_inst_name='openub_dll.DL_CFG_10', readable=True, writable=True,
                                         fields=[FieldDefinition(high=19, low=0, msb=19, lsb=0, inst_name='RETRY_BUF_DEPTH', field_type=FieldType.READWRITE),
                                                ]),
            300 : 
    Register(width=32, full_inst_name='openub_dll.DL_CFG_11', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='FEATURE_ID_cfg', field_type=FieldType.READWRITE),
                                                ]),
            384 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            388 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            392 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            396 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            400 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[4]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            404 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[5]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            408 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[6]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            412 : 
    Register(width=32, full_inst_name='openub_dll.REMOTE_INIT_CRD_CFG[7]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            416 : 
    Register(width=32, full_inst_name='openub_dll.PERF_OPT_CFG', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='Cfg_Ack_Return', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='Cfg_Ack_Llcrd', field_type=FieldType.READWRITE),
                                                ]),
            420 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            424 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            428 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            432 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            436 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[4]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            440 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[5]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            444 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[6]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            448 : 
    Register(width=32, full_inst_name='openub_dll.CRD_RETURN_CFG[7]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            452 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            456 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            460 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            464 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            468 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[4]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            472 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[5]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            476 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[6]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            480 : 
    Register(width=32, full_inst_name='openub_dll.CRD_LLCRD_CFG[7]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vl_lo', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='vl_hi', field_type=FieldType.READWRITE),
                                                ]),
            640 : 
    Register(width=32, full_inst_name='openub_dll.DL_STA_0', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='DATA_ACK_GRAIN_SIZE_sta', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='CTRL_ACK_GRAIN_SIZE_sta', field_type=FieldType.READONLY),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='RXBUF_VL_SHARE_sta', field_type=FieldType.READONLY),
                                                ]),
            644 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_sta[0]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            648 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_sta[1]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            652 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_sta[2]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            656 : 
    Register(width=32, full_inst_name='openub_dll.CTRL_CREDIT_GRAIN_SIZE_sta[3]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            660 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_sta[0]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            664 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_sta[1]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            668 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_sta[2]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            672 : 
    Register(width=32, full_inst_name='openub_dll.DATA_CREDIT_GRAIN_SIZE_sta[3]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='vl0', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='vl1', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='vl2', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='vl3', field_type=FieldType.READONLY),
                                                ]),
            676 : 
    Register(width=32, full_inst_name='openub_dll.DL_STA_9', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='VL_ENABLE_sta', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='FLOW_CTRL_SIZE_sta', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='PACKET_MIN_INTERVAL_sta', field_type=FieldType.READONLY),
                                                ]),
            680 : 
    Register(width=32, full_inst_name='openub_dll.DL_STA_10', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='FEATURE_ID_sta', field_type=FieldType.READONLY),
                                                ]),
            684 : 
    Register(width=32, full_inst_name='openub_dll.DL_STA_11', readable=True, writable=False,
                                         fields=[FieldDefinition(high=19, low=0, msb=19, lsb=0, inst_name='RETRY_BUF_DEPTH_sta', field_type=FieldType.READONLY),
                                                ]),
            688 : 
    Register(width=32, full_inst_name='openub_dll.DL_SM_STATUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='Link_Status', field_type=FieldType.READONLY),FieldDefinition(high=7, low=4, msb=7, lsb=4, inst_name='Retry_Req_Status', field_type=FieldType.READONLY),FieldDefinition(high=11, low=8, msb=11, lsb=8, inst_name='Retry_Ack_Status', field_type=FieldType.READONLY),
                                                ]),
            768 : 
    Register(width=32, full_inst_name='openub_dll.PORT_LINK_STATUS_0', readable=True, writable=False,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='PHY_LinkUp', field_type=FieldType.READONLY),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='DL_Normal', field_type=FieldType.READONLY),FieldDefinition(high=6, low=4, msb=6, lsb=4, inst_name='width_status', field_type=FieldType.READONLY),FieldDefinition(high=11, low=8, msb=11, lsb=8, inst_name='tx_width', field_type=FieldType.READONLY),FieldDefinition(high=15, low=12, msb=15, lsb=12, inst_name='rx_width', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='lanes_ok', field_type=FieldType.READONLY),
                                                ]),
            896 : 
    Register(width=32, full_inst_name='openub_dll.DL_CTRL', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='enable', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='ubfm_reset', field_type=FieldType.WRITEONLY),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='retry_off', field_type=FieldType.READWRITE),
                                                ]),
            900 : 
    Register(width=32, full_inst_name='openub_dll.DL_RETRY_CFG', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='WAIT_TIMEOUT_us', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='NUM_RETRY_THRESHOLD', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='NUM_PHY_REINIT_THRESHOLD', field_type=FieldType.READWRITE),
                                                ]),
            904 : 
    Register(width=32, full_inst_name='openub_dll.DL_CRD_CFG', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd_timeout_us', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='lockout_threshold', field_type=FieldType.READWRITE),
                                                ]),
            908 : 
    Register(width=32, full_inst_name='openub_dll.LANE_CTRL', readable=True, writable=True,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='target_width', field_type=FieldType.READWRITE),FieldDefinition(high=4, low=4, msb=4, lsb=4, inst_name='change', field_type=FieldType.WRITEONLY),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='width_timeout', field_type=FieldType.READWRITE),
                                                ]),
            912 : 
    Register(width=32, full_inst_name='openub_dll.DL_RETRY_STATUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='NumFreeBuf', field_type=FieldType.READONLY),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='RcvPtr', field_type=FieldType.READONLY),
                                                ]),
            1024 : 
    Register(width=32, full_inst_name='openub_dll.PORT_UNCORR_ERR_STATUS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=20, low=20, msb=20, lsb=20, inst_name='DL_Protocol_Error', field_type=FieldType.READWRITE),FieldDefinition(high=21, low=21, msb=21, lsb=21, inst_name='DL_Replay_Abort', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=23, msb=23, lsb=23, inst_name='Packet_Length', field_type=FieldType.READWRITE),FieldDefinition(high=28, low=28, msb=28, lsb=28, inst_name='Receive_Buffer_Overflow', field_type=FieldType.READWRITE),FieldDefinition(high=29, low=29, msb=29, lsb=29, inst_name='Flow_Control_Overflow', field_type=FieldType.READWRITE),
                                                ]),
            1028 : 
    Register(width=32, full_inst_name='openub_dll.PORT_UNCORR_ERR_ENABLE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=20, low=20, msb=20, lsb=20, inst_name='DL_Protocol_Error', field_type=FieldType.READWRITE),FieldDefinition(high=21, low=21, msb=21, lsb=21, inst_name='DL_Replay_Abort', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=23, msb=23, lsb=23, inst_name='Packet_Length', field_type=FieldType.READWRITE),FieldDefinition(high=28, low=28, msb=28, lsb=28, inst_name='Receive_Buffer_Overflow', field_type=FieldType.READWRITE),FieldDefinition(high=29, low=29, msb=29, lsb=29, inst_name='Flow_Control_Overflow', field_type=FieldType.READWRITE),
                                                ]),
            1032 : 
    Register(width=32, full_inst_name='openub_dll.PORT_CORR_ERR_STATUS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=18, low=18, msb=18, lsb=18, inst_name='DL_Retry_ACK_Timeout', field_type=FieldType.READWRITE),FieldDefinition(high=19, low=19, msb=19, lsb=19, inst_name='DL_Retry_Rollover', field_type=FieldType.READWRITE),
                                                ]),
            1036 : 
    Register(width=32, full_inst_name='openub_dll.PORT_CORR_ERR_ENABLE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=18, low=18, msb=18, lsb=18, inst_name='DL_Retry_ACK_Timeout', field_type=FieldType.READWRITE),FieldDefinition(high=19, low=19, msb=19, lsb=19, inst_name='DL_Retry_Rollover', field_type=FieldType.READWRITE),
                                                ]),
            1280 : 
    Register(width=32, full_inst_name='openub_dll.TX_DLLDP', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1284 : 
    Register(width=32, full_inst_name='openub_dll.RX_DLLDP', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1288 : 
    Register(width=32, full_inst_name='openub_dll.TX_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1292 : 
    Register(width=32, full_inst_name='openub_dll.RESENT_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1296 : 
    Register(width=32, full_inst_name='openub_dll.CRC_ERROR_SUM', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1300 : 
    Register(width=32, full_inst_name='openub_dll.HDR_ERRORS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1304 : 
    Register(width=32, full_inst_name='openub_dll.RETRY_REQ_SUM', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1308 : 
    Register(width=32, full_inst_name='openub_dll.RETRY_REQ_RX', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1312 : 
    Register(width=32, full_inst_name='openub_dll.RETRY_ACK_SUM', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1316 : 
    Register(width=32, full_inst_name='openub_dll.RETRY_ACK_TIMEOUTS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1320 : 
    Register(width=32, full_inst_name='openub_dll.RETRY_ROLLOVERS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1324 : 
    Register(width=32, full_inst_name='openub_dll.ERROR_DLLDP', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1328 : 
    Register(width=32, full_inst_name='openub_dll.LINK_DOWN_DROPS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1332 : 
    Register(width=32, full_inst_name='openub_dll.TX_BAD_VL', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1336 : 
    Register(width=32, full_inst_name='openub_dll.TX_OVERSIZE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1340 : 
    Register(width=32, full_inst_name='openub_dll.TX_EMPTY', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1344 : 
    Register(width=32, full_inst_name='openub_dll.TX_VL_DISABLED', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1348 : 
    Register(width=32, full_inst_name='openub_dll.LANE_CHANGES', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1352 : 
    Register(width=32, full_inst_name='openub_dll.TX_DLLCB_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1356 : 
    Register(width=32, full_inst_name='openub_dll.TX_NULL_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1360 : 
    Register(width=32, full_inst_name='openub_dll.TX_BAD_CFG', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1364 : 
    Register(width=32, full_inst_name='openub_dll.RX_PHY_ERR_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1536 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1540 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1544 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1548 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1552 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[4]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1556 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[5]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1560 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[6]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1564 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[7]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1568 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[8]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1572 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[9]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1576 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[10]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1580 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[11]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1584 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[12]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1588 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[13]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1592 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[14]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1596 : 
    Register(width=32, full_inst_name='openub_dll.VL_TX_PKTS[15]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1600 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1604 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1608 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1612 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1616 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[4]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1620 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[5]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1624 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[6]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1628 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[7]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1632 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[8]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1636 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[9]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1640 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[10]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1644 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[11]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1648 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[12]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1652 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[13]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1656 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[14]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1660 : 
    Register(width=32, full_inst_name='openub_dll.VL_RX_PKTS[15]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            1728 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[0]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1732 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[1]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1736 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[2]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1740 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[3]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1744 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[4]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1748 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[5]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1752 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[6]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1756 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[7]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1760 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[8]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1764 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[9]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1768 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[10]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1772 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[11]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1776 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[12]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1780 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[13]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1784 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[14]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
            1788 : 
    Register(width=32, full_inst_name='openub_dll.VL_CRD[15]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='crd', field_type=FieldType.READONLY),
                                                ]),
        }

    def _build_memories(self) -> list[MemoryEntry]:
        return [
        ]

if __name__ == '__main__':
    pass
