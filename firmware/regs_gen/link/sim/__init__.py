
"""
Python Wrapper for the openub_link register model

This code was generated from the PeakRDL-python package version 4.0.0

"""
from .openub_link import openub_link_simulator_cls as Simulator
