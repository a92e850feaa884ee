
"""
Python Wrapper for the openub_controller register model

This code was generated from the PeakRDL-python package version 4.0.0

"""
from .openub_controller import openub_controller_cls as RegModel
