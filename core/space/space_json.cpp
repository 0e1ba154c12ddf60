#include "space/space_json.h"
#include "util/json_file.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "util/atomic_file.h"
#include "util/errors.h"

#ifndef PRIME_SOURCE_RESOURCE_DIR
#define PRIME_SOURCE_RESOURCE_DIR ""
#endif
#ifndef PRIME_INSTALLED_RESOURCE_DIR
#define PRIME_INSTALLED_RESOURCE_DIR ""
#endif

namespace prime {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kSpaceFormat = "prime-space";
constexpr int kSpaceVersion = 1;

json space_to_json(const SearchSpace& space) {
    json params = json::array();
    for (const auto& p : space.parameters()) {
        json jp = {{"name", p.name}, {"display_name", p.display_name}, {"values", p.values}};
        if (!p.unit.empty()) jp["unit"] = p.unit;
        if (!p.aliases.empty()) jp["aliases"] = p.aliases;
        params.push_back(std::move(jp));
    }
    return {{"format", kSpaceFormat}, {"version", kSpaceVersion}, {"name", space.name()}, {"parameters", params}};
}

SearchSpace space_from_json(const json& j, const std::string& source) {
    auto fail = [&](const std::string& what) { return InputError(source, "line", 0, what); };
    if (!j.is_object()) throw fail("expected a JSON object with \"parameters\"");
    if (j.contains("format") && j["format"] != kSpaceFormat)
        throw fail("expected \"format\": \"prime-space\", got " + j["format"].dump());
    if (j.contains("version") && (!j["version"].is_number_integer() || j["version"].get<int>() > kSpaceVersion))
        throw fail("unsupported space format version " + j["version"].dump() + " (this build reads up to " +
                   std::to_string(kSpaceVersion) + ")");
    if (!j.contains("parameters") || !j["parameters"].is_array() || j["parameters"].empty())
        throw fail("expected a non-empty \"parameters\" array");
    std::vector<Parameter> params;
    std::size_t i = 0;
    for (const auto& jp : j["parameters"]) {
        ++i;
        const std::string where = "parameter " + std::to_string(i);
        if (!jp.is_object() || !jp.contains("name") || !jp["name"].is_string())
            throw fail(where + ": expected an object with a string \"name\"");
        Parameter p;
        p.name = jp["name"].get<std::string>();
        p.display_name = jp.value("display_name", p.name);
        p.unit = jp.value("unit", std::string());
        if (jp.contains("aliases")) {
            if (!jp["aliases"].is_array()) throw fail(where + " ('" + p.name + "'): \"aliases\" must be an array of strings");
            for (const auto& a : jp["aliases"]) {
                if (!a.is_string()) throw fail(where + " ('" + p.name + "'): \"aliases\" must be an array of strings");
                p.aliases.push_back(a.get<std::string>());
            }
        }
        if (!jp.contains("values") || !jp["values"].is_array() || jp["values"].empty())
            throw fail(where + " ('" + p.name + "'): expected a non-empty \"values\" array of numbers");
        for (const auto& v : jp["values"]) {
            if (!v.is_number()) throw fail(where + " ('" + p.name + "'): value " + v.dump() + " is not a number");
            p.values.push_back(v.get<double>());
        }
        params.push_back(std::move(p));
    }
    try {
        return SearchSpace(j.value("name", std::string("unnamed")), std::move(params));
    } catch (const std::invalid_argument& e) {
        throw fail(e.what());
    }
}

SearchSpace load_space(const fs::path& path) {
    return space_from_json(read_json_file(path), path.string());
}

void save_space(const SearchSpace& space, const fs::path& path) {
    write_text_atomically(path, space_to_json(space).dump(2) + "\n");
}

fs::path resource_dir() {
    if (const char* env = std::getenv("PRIME_RESOURCE_DIR"); env && *env) return env;
    std::error_code ec;
    // Linux names the running program in /proc; elsewhere this step is skipped.
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path beside = exe.parent_path().parent_path() / "share" / "prime-studio";
        if (fs::exists(beside / "spaces", ec)) return beside;
    }
    for (const char* candidate : {PRIME_SOURCE_RESOURCE_DIR, PRIME_INSTALLED_RESOURCE_DIR})
        if (*candidate && fs::exists(fs::path(candidate) / "spaces", ec)) return candidate;
    return PRIME_INSTALLED_RESOURCE_DIR;
}

SearchSpace builtin_edgetpu_space() { return load_space(resource_dir() / "spaces" / "prime-edgetpu.json"); }

}  // namespace prime
