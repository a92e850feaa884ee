"""Board designs: small tops that put OpenUB blocks on a real FPGA board (``make fpga BOARD=``)."""
