#ifndef WICK_CZEROMQ_SHIM_H
#define WICK_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
