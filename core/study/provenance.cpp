#include "study/provenance.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>

#include "util/errors.h"

namespace prime {

namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

void fnv(std::uint64_t& h, const char* data, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= kFnvPrime;
    }
}

void hash_into(std::uint64_t& h, const std::filesystem::path& path) {
    if (std::filesystem::is_directory(path)) {
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(path))
            if (e.is_regular_file()) files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            const std::string name = f.filename().string();
            fnv(h, name.data(), name.size());
            hash_into(h, f);
        }
        return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), "byte", 0, "cannot open the file to hash it");
    std::vector<char> buf(1 << 20);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        fnv(h, buf.data(), static_cast<std::size_t>(in.gcount()));
    }
}

std::string hex(std::uint64_t h) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace

std::string hash_path(const std::filesystem::path& path) {
    std::uint64_t h = kFnvOffset;
    hash_into(h, path);
    return hex(h);
}

std::string hash_paths(const std::vector<std::filesystem::path>& paths) {
    if (paths.size() == 1) return hash_path(paths.front());
    std::uint64_t h = kFnvOffset;
    for (const auto& p : paths) hash_into(h, p);
    return hex(h);
}

std::string now_utc() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

nlohmann::json to_json(const Provenance& p) {
    return {{"log_files", p.log_files}, {"log_hash", p.log_hash},   {"model_path", p.model_path},
            {"model_hash", p.model_hash}, {"predictor", p.predictor}, {"oracle", p.oracle},
            {"area_model", p.area_model}, {"settings", p.settings},   {"seed", p.seed},
            {"version", p.version},       {"created_utc", p.created_utc}};
}

Provenance provenance_from_json(const nlohmann::json& j) {
    Provenance p;
    p.log_files = j.value("log_files", p.log_files);
    p.log_hash = j.value("log_hash", p.log_hash);
    p.model_path = j.value("model_path", p.model_path);
    p.model_hash = j.value("model_hash", p.model_hash);
    p.predictor = j.value("predictor", p.predictor);
    p.oracle = j.value("oracle", p.oracle);
    p.area_model = j.value("area_model", p.area_model);
    p.settings = j.value("settings", p.settings);
    p.seed = j.value("seed", p.seed);
    p.version = j.value("version", p.version);
    p.created_utc = j.value("created_utc", p.created_utc);
    return p;
}

}  // namespace prime
