"""Register flow: AXI ports, the SystemRDL CSR bank, its model and the generated layers."""
