#include "model/malloc_tuning.h"

#include <mutex>  // also defines __GLIBC__ (through <features.h>) for the test below

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace prime {

void reuse_freed_memory() {
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 64 << 20);  // buffers below 64 MB come from (and return to) the heap
        mallopt(M_TRIM_THRESHOLD, 256 << 20);  // keep up to 256 MB of free heap rather than trimming it
    });
#endif
}

}  // namespace prime
