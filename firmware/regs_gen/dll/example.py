

"""
Python Wrapper for the openub_dll register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from peakrdl_python.lib import AsyncCallbackSet

from .reg_model.openub_dll import openub_dll_cls
from .sim.openub_dll import openub_dll_simulator_cls

if __name__ == '__main__':

    sim = openub_dll_simulator_cls(address=0)

    # create an instance of the class
    reg_model = openub_dll_cls(callbacks=AsyncCallbackSet(read_callback=sim.read,
                                                                       write_callback=sim.write))