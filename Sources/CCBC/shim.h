/* shim.h — CBC's C interface (Debian coinor-libcbc-dev, found through `pkg-config cbc`),
   used by the Staffing target's integer-program solver. */
#ifndef WEBCARE_CCBC_SHIM_H
#define WEBCARE_CCBC_SHIM_H

#include <coin/Cbc_C_Interface.h>

#endif
