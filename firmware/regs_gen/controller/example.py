

"""
Python Wrapper for the openub_controller register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from peakrdl_python.lib import AsyncCallbackSet

from .reg_model.openub_controller import openub_controller_cls
from .sim.openub_controller import openub_controller_simulator_cls

if __name__ == '__main__':

    sim = openub_controller_simulator_cls(address=0)

    # create an instance of the class
    reg_model = openub_controller_cls(callbacks=AsyncCallbackSet(read_callback=sim.read,
                                                                       write_callback=sim.write))