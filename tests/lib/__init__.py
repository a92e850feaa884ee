"""Unit tests of the shared gateware library (hdl_py.lib)."""
