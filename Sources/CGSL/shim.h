/* shim.h — the GSL headers webcare-sim uses, plus static inline getters for GSL's C globals
   (Swift 6 rejects direct use of mutable C globals such as gsl_rng_taus2). */
#ifndef WEBCARE_CGSL_SHIM_H
#define WEBCARE_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort_double.h>
#include <gsl/gsl_histogram.h>
#include <gsl/gsl_rstat.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_psi.h>

/** L'Ecuyer's maximally equidistributed combined Tausworthe generator type (GSL's gsl_rng_taus2). */
static inline const gsl_rng_type * _Nonnull webcare_rng_taus2(void) { return gsl_rng_taus2; }

/** Switches GSL's aborting error handler off once; callers check return codes instead. */
static inline void webcare_gsl_errors_off(void) { gsl_set_error_handler_off(); }

#endif
