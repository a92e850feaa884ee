


"""
Python Wrapper for the openub_controller register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from typing import Union

from peakrdl_python.sim_lib.register import Register, MemoryRegister
from peakrdl_python.sim_lib.memory import Memory
from peakrdl_python.sim_lib.simulator import MemoryEntry
from peakrdl_python.sim_lib.field import FieldDefinition, FieldType
from peakrdl_python.sim_lib.simulator import AsyncSimulator as Simulator


class openub_controller_simulator_cls(Simulator):

    def _build_registers(self) -> dict[int, Union[list[Union[MemoryRegister, Register]], Union[MemoryRegister, Register]]]:
        return {
            0 : 
    Register(width=32, full_inst_name='openub_controller.IDENT', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='magic', field_type=FieldType.READONLY),
                                                ]),
            4 : 
    Register(width=32, full_inst_name='openub_controller.VERSION', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='patch', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='minor', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='major', field_type=FieldType.READONLY),
                                                ]),
            8 : 
    Register(width=32, full_inst_name='openub_controller.CAPABILITY', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='num_vls', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='stream_bytes', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='flit_bytes', field_type=FieldType.READONLY),FieldDefinition(high=31, low=24, msb=31, lsb=24, inst_name='num_ext_events', field_type=FieldType.READONLY),
                                                ]),
            12 : 
    Register(width=32, full_inst_name='openub_controller.SCRATCH', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READWRITE),
                                                ]),
            16 : 
    Register(width=32, full_inst_name='openub_controller.EVENT_STATUS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='decode_err', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='ro_write', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='sw_event', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=8, msb=23, lsb=8, inst_name='ext', field_type=FieldType.READWRITE),
                                                ]),
            20 : 
    Register(width=32, full_inst_name='openub_controller.EVENT_ENABLE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='decode_err', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='ro_write', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='sw_event', field_type=FieldType.READWRITE),FieldDefinition(high=23, low=8, msb=23, lsb=8, inst_name='ext', field_type=FieldType.READWRITE),
                                                ]),
            24 : 
    Register(width=32, full_inst_name='openub_controller.EVENT_TRIGGER', readable=False, writable=True,
                                         fields=[FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='sw_event', field_type=FieldType.WRITEONLY),
                                                ]),
            32 : 
    Register(width=32, full_inst_name='openub_controller.ERR_RD_DECODE_CNT', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            36 : 
    Register(width=32, full_inst_name='openub_controller.ERR_WR_DECODE_CNT', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
            40 : 
    Register(width=32, full_inst_name='openub_controller.ERR_RO_WRITE_CNT', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='count', field_type=FieldType.READWRITE),
                                                ]),
        }

    def _build_memories(self) -> list[MemoryEntry]:
        return [
        ]

if __name__ == '__main__':
    pass
