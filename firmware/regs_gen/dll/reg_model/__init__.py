
"""
Python Wrapper for the openub_dll register model

This code was generated from the PeakRDL-python package version 4.0.0

"""
from .openub_dll import openub_dll_cls as RegModel
