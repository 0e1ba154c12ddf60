#pragma once
// A small, fast, portable random generator. std::uniform_int_distribution is
// implementation-defined, so results would differ between standard libraries;
// shards generated on different machines must agree bit for bit.
#include <cstdint>

namespace prime {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0) { reseed(seed); }

    void reseed(std::uint64_t seed) {
        // splitmix64 expands the seed into xoshiro256** state.
        for (auto& word : state_) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform integer in [0, bound), bound > 0 (Lemire's multiply-shift; the tiny
    // bias for huge bounds is irrelevant for value sets of a few dozen entries).
    std::uint32_t below(std::uint32_t bound) {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(bound)) >> 32);
    }

    // Uniform double in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Independent stream for item `index` of a job seeded with `seed`: lets
    // shard i of N draw exactly what a single run would have drawn there.
    static Rng for_item(std::uint64_t seed, std::uint64_t index) {
        return Rng(seed * 0x9e3779b97f4a7c15ULL ^ (index + 0x632be59bd9b4e019ULL));
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t state_[4]{};
};

}  // namespace prime
