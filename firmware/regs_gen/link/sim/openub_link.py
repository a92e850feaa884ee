


"""
Python Wrapper for the openub_link register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from typing import Union

from peakrdl_python.sim_lib.register import Register, MemoryRegister
from peakrdl_python.sim_lib.memory import Memory
from peakrdl_python.sim_lib.simulator import MemoryEntry
from peakrdl_python.sim_lib.field import FieldDefinition, FieldType
from peakrdl_python.sim_lib.simulator import AsyncSimulator as Simulator


class openub_link_simulator_cls(Simulator):

    def _build_registers(self) -> dict[int, Union[list[Union[MemoryRegister, Register]], Union[MemoryRegister, Register]]]:
        return {
            0 : 
    Register(width=32, full_inst_name='openub_link.CTRL', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='enable', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='llr_en', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='reset_link', field_type=FieldType.WRITEONLY),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='ctl_interval', field_type=FieldType.READWRITE),
                                                ]),
            4 : 
    Register(width=32, full_inst_name='openub_link.STATUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=1, low=0, msb=1, lsb=0, inst_name='dl_state', field_type=FieldType.READONLY),FieldDefinition(high=6, low=4, msb=6, lsb=4, inst_name='retry_state', field_type=FieldType.READONLY),FieldDefinition(high=11, low=8, msb=11, lsb=8, inst_name='tx_width', field_type=FieldType.READONLY),FieldDefinition(high=15, low=12, msb=15, lsb=12, inst_name='rx_width', field_type=FieldType.READONLY),FieldDefinition(high=18, low=16, msb=18, lsb=16, inst_name='width_status', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='lanes_ok', field_type=FieldType.READONLY),
                                                ]),
            8 : 
    Register(width=32, full_inst_name='openub_link.RETRY_CFG', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='wait_retry_ack_timeout', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='retry_max', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='retrain_max', field_type=FieldType.READWRITE),
                                                ]),
            12 : 
    Register(width=32, full_inst_name='openub_link.LANE_CTRL', readable=True, writable=True,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='target_width', field_type=FieldType.READWRITE),FieldDefinition(high=4, low=4, msb=4, lsb=4, inst_name='change', field_type=FieldType.WRITEONLY),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='width_timeout', field_type=FieldType.READWRITE),
                                                ]),
            16 : 
    Register(width=32, full_inst_name='openub_link.EVENT_STATUS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='link_error', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='retrain', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='credit_overflow', field_type=FieldType.READWRITE),FieldDefinition(high=3, low=3, msb=3, lsb=3, inst_name='malformed', field_type=FieldType.READWRITE),FieldDefinition(high=4, low=4, msb=4, lsb=4, inst_name='lane_degraded', field_type=FieldType.READWRITE),FieldDefinition(high=5, low=5, msb=5, lsb=5, inst_name='width_change_done', field_type=FieldType.READWRITE),
                                                ]),
            20 : 
    Register(width=32, full_inst_name='openub_link.EVENT_ENABLE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='link_error', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='retrain', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='credit_overflow', field_type=FieldType.READWRITE),FieldDefinition(high=3, low=3, msb=3, lsb=3, inst_name='malformed', field_type=FieldType.READWRITE),FieldDefinition(high=4, low=4, msb=4, lsb=4, inst_name='lane_degraded', field_type=FieldType.READWRITE),FieldDefinition(high=5, low=5, msb=5, lsb=5, inst_name='width_change_done', field_type=FieldType.READWRITE),
                                                ]),
            24 : 
    Register(width=32, full_inst_name='openub_link.LLR_TIMERS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='ack_timeout', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='refresh_interval', field_type=FieldType.READWRITE),
                                                ]),
            64 : 
    Register(width=32, full_inst_name='openub_link.TX_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            68 : 
    Register(width=32, full_inst_name='openub_link.RX_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            72 : 
    Register(width=32, full_inst_name='openub_link.TX_PACKETS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            76 : 
    Register(width=32, full_inst_name='openub_link.RX_PACKETS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            80 : 
    Register(width=32, full_inst_name='openub_link.CTL_BLOCKS_TX', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            84 : 
    Register(width=32, full_inst_name='openub_link.CTL_BLOCKS_RX', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            88 : 
    Register(width=32, full_inst_name='openub_link.CRC_ERRORS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            92 : 
    Register(width=32, full_inst_name='openub_link.CTL_CRC_ERRORS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            96 : 
    Register(width=32, full_inst_name='openub_link.RETRIES', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            100 : 
    Register(width=32, full_inst_name='openub_link.REPLAYED_FLITS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            104 : 
    Register(width=32, full_inst_name='openub_link.DUPLICATES', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            108 : 
    Register(width=32, full_inst_name='openub_link.SEQ_GAPS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            112 : 
    Register(width=32, full_inst_name='openub_link.LOST_PACKETS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            116 : 
    Register(width=32, full_inst_name='openub_link.MALFORMED', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            120 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_OVERFLOW', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            124 : 
    Register(width=32, full_inst_name='openub_link.LANE_CHANGES', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            128 : 
    Register(width=32, full_inst_name='openub_link.TIMEOUTS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            132 : 
    Register(width=32, full_inst_name='openub_link.BAD_INPUT', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            136 : 
    Register(width=32, full_inst_name='openub_link.OVERRUN', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            140 : 
    Register(width=32, full_inst_name='openub_link.BAD_RETRY', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            256 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            260 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            264 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            268 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            272 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[4]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            276 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[5]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            280 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[6]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            284 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[7]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            288 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[8]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            292 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[9]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            296 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[10]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            300 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[11]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            304 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[12]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            308 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[13]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            312 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[14]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            316 : 
    Register(width=32, full_inst_name='openub_link.VL_CFG[15]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='weight', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='sp', field_type=FieldType.READWRITE),
                                                ]),
            320 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[0]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            324 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[1]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            328 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[2]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            332 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[3]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            336 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[4]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            340 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[5]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            344 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[6]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            348 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[7]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            352 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[8]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            356 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[9]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            360 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[10]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            364 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[11]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            368 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[12]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            372 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[13]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            376 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[14]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            380 : 
    Register(width=32, full_inst_name='openub_link.VL_CREDIT[15]', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='available', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='peer_init', field_type=FieldType.READONLY),
                                                ]),
            384 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[0]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            388 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[1]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            392 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[2]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            396 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[3]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            400 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[4]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            404 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[5]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            408 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[6]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            412 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[7]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            416 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[8]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            420 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[9]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            424 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[10]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            428 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[11]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            432 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[12]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            436 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[13]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            440 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[14]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            444 : 
    Register(width=32, full_inst_name='openub_link.CREDIT_STALLS[15]', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
        }

    def _build_memories(self) -> list[MemoryEntry]:
        return [
        ]

if __name__ == '__main__':
    pass
