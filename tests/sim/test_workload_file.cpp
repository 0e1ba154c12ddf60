// Workload files: the layer-table format, its errors (file + line + what was
// expected), and SCALE-Sim topology import.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "sim/workload_file.h"
#include "sim/workload_library.h"
#include "util/errors.h"

using namespace prime;

namespace {

const char* kTable =
    "# prime-workload 1\n"
    "# name: tiny\n"
    "# description: two layers\n"
    "# alias: tiny-net\n"
    "# published_macs: 1.5e6\n"
    "name,type,h,w,c,k,r,s,stride,groups,t,pad,op\n"
    "stem,conv,32,32,3,16,3,3,2,1,1,same,relu\n"
    "dw,dwconv,16,16,16,16,3,3,1,16,1,same,hswish\n";

// The InputError thrown by `f`, or a failure.
template <typename F>
InputError input_error(F f) {
    try {
        f();
    } catch (const InputError& e) {
        return e;
    }
    ADD_FAILURE() << "expected an InputError";
    return InputError("", "line", 0, "");
}

std::string with_row(const std::string& row) {
    return "name,type,h,w,c,k,r,s,stride,groups,t,pad,op\n"
           "ok,conv,8,8,4,4,3,3,1,1,1,same,relu\n" +
           row + "\n";
}

}  // namespace

TEST(SimWorkloadTable, ParsesMetadataAndLayers) {
    const Workload w = parse_workload_table(kTable, "tiny.csv");
    EXPECT_EQ(w.name, "tiny");
    EXPECT_EQ(w.description, "two layers");
    ASSERT_EQ(w.aliases.size(), 1u);
    EXPECT_DOUBLE_EQ(w.published_macs, 1.5e6);
    ASSERT_EQ(w.layers.size(), 2u);
    EXPECT_EQ(w.layers[0].out_h(), 16);
    EXPECT_EQ(w.layers[0].macs(), 16LL * 16 * 16 * 27);
    EXPECT_EQ(w.layers[1].type, LayerType::dwconv);
    EXPECT_EQ(w.layers[1].op, LayerOp::hswish);
    EXPECT_TRUE(w.answers_to("TINY_NET"));
}

TEST(SimWorkloadTable, OptionalColumnsTakeDefaults) {
    const Workload w = parse_workload_table("name,type,h,w,c,k\n"
                                            "fc1,fc,1,1,64,10\n"
                                            "d,dwconv,8,8,4,\n"
                                            "p,pool,8,8,4,\n",
                                            "short.csv", "fallback");
    EXPECT_EQ(w.name, "fallback");
    EXPECT_EQ(w.layers[0].r, 1);
    EXPECT_EQ(w.layers[1].groups, 4);
    EXPECT_EQ(w.layers[1].k, 4);
    EXPECT_EQ(w.layers[2].op, LayerOp::max);
}

TEST(SimWorkloadTable, RoundTripsThroughText) {
    for (const auto& original : load_builtin_workloads()) {
        const Workload copy = parse_workload_table(workload_to_table(original), "copy");
        EXPECT_EQ(copy.name, original.name);
        EXPECT_EQ(copy.aliases, original.aliases);
        EXPECT_EQ(copy.published_params, original.published_params);
        ASSERT_EQ(copy.layers.size(), original.layers.size());
        EXPECT_EQ(copy.total_macs(), original.total_macs());
        EXPECT_EQ(workload_to_table(copy), workload_to_table(original));
    }
}

TEST(SimWorkloadTable, BadRowsNameFileLineAndExpectation) {
    const InputError type = input_error([] { parse_workload_table(with_row("x,convolution,8,8,4,4,3,3,1,1,1,same,relu"), "net.csv"); });
    EXPECT_EQ(type.file(), "net.csv");
    EXPECT_EQ(type.position(), 3u);
    EXPECT_NE(type.detail().find("column 'type'"), std::string::npos) << type.what();
    EXPECT_NE(std::string(type.what()).find("net.csv: line 3"), std::string::npos) << type.what();

    const InputError number = input_error([] { parse_workload_table(with_row("x,conv,8,eight,4,4,3,3,1,1,1,same,relu"), "net.csv"); });
    EXPECT_EQ(number.position(), 3u);
    EXPECT_NE(number.detail().find("column 'w': expected a positive integer, got 'eight'"), std::string::npos) << number.what();

    const InputError width = input_error([] { parse_workload_table(with_row("x,conv,8,8,4"), "net.csv"); });
    EXPECT_EQ(width.position(), 3u);
    EXPECT_NE(width.detail().find("expected 13"), std::string::npos) << width.what();

    const InputError kernel = input_error([] { parse_workload_table(with_row("x,conv,2,2,4,4,3,3,1,1,1,valid,relu"), "net.csv"); });
    EXPECT_NE(kernel.detail().find("larger than the valid-padded input"), std::string::npos) << kernel.what();

    const InputError op = input_error([] { parse_workload_table(with_row("x,eltwise,8,8,4,4,1,1,1,1,1,same,relu"), "net.csv"); });
    EXPECT_NE(op.detail().find("eltwise layer needs op add, mul or upsample"), std::string::npos) << op.what();

    const InputError header = input_error([] { parse_workload_table("name,type,height\n", "net.csv"); });
    EXPECT_EQ(header.position(), 1u);
    EXPECT_NE(header.detail().find("unknown column 'height'"), std::string::npos) << header.what();

    const InputError missing = input_error([] { parse_workload_table("name,type,h,w,c\n", "net.csv"); });
    EXPECT_NE(missing.detail().find("required column 'k'"), std::string::npos) << missing.what();

    const InputError version = input_error([] { parse_workload_table("# prime-workload 9\nname,type,h,w,c,k\n", "net.csv"); });
    EXPECT_EQ(version.position(), 1u);

    const InputError empty = input_error([] { parse_workload_table("# only comments\n", "net.csv"); });
    EXPECT_NE(empty.detail().find("no header row"), std::string::npos);
}

TEST(SimScaleSimImport, ReadsTopologyRowsAsValidPaddedLayers) {
    const std::string text =
        "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
        "Conv1, 227, 227, 11, 11, 3, 96, 4,\n"
        "Conv2, 31, 31, 5, 5, 96, 256, 1,\n"
        "FC1, 1, 1, 1, 1, 9216, 4096, 1,\n";
    const Workload w = parse_scalesim_topology(text, "alexnet.csv", "alexnet");
    ASSERT_EQ(w.layers.size(), 3u);
    EXPECT_EQ(w.name, "alexnet");
    EXPECT_EQ(w.layers[0].pad, Padding::valid);
    EXPECT_EQ(w.layers[0].out_h(), 55);  // (227 - 11) / 4 + 1
    EXPECT_EQ(w.layers[1].out_h(), 27);
    EXPECT_EQ(w.layers[0].macs(), 55LL * 55 * 96 * 11 * 11 * 3);
    EXPECT_EQ(w.layers[2].type, LayerType::fc);
    EXPECT_EQ(w.layers[2].weights(), 9216LL * 4096);
}

TEST(SimScaleSimImport, BadRowsNameTheLine) {
    const std::string header = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n";
    const InputError short_row = input_error([&] { parse_scalesim_topology(header + "Conv1, 32, 32, 3,\n", "t.csv", "t"); });
    EXPECT_EQ(short_row.position(), 2u);
    EXPECT_NE(short_row.detail().find("expected 8 fields"), std::string::npos) << short_row.what();
    const InputError bad = input_error([&] { parse_scalesim_topology(header + "Conv1, 32, 32, 3, 3, 3, -8, 1,\n", "t.csv", "t"); });
    EXPECT_NE(bad.detail().find("'Num Filter'"), std::string::npos) << bad.what();
    const InputError wrong = input_error([&] { parse_scalesim_topology("Layer, H, W\n", "t.csv", "t"); });
    EXPECT_EQ(wrong.position(), 1u);
}

TEST(SimScaleSimImport, AcceptsTheVariantsSCALESimItselfAccepts) {
    // Read by position: any spelling, case and spacing of the header, trailing
    // commas, extra comment columns.
    const Workload spelled = parse_scalesim_topology(
        "Layer name,Ifmap height,ifmap width,filter height,filter width,channels,num filters,strides,comment\n"
        "conv1,224,224,7,7,3,64,1,stem\n",
        "t.csv", "t");
    ASSERT_EQ(spelled.layers.size(), 1u);
    EXPECT_EQ(spelled.layers[0].k, 64);
    // A fully connected layer written SCALE-Sim's way: a 1 x N filter over a
    // 1 x N input. SCALE-Sim's MACs: 1 output pixel x (channels x 1 x N) x filters.
    const Workload fc = parse_scalesim_topology(
        "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
        "FC6, 6, 6, 6, 6, 256, 4096, 1,\nFC7, 1, 4096, 1, 4096, 1, 4096, 1,\n",
        "fc.csv", "fc");
    ASSERT_EQ(fc.layers.size(), 2u);
    EXPECT_EQ(fc.layers[0].type, LayerType::fc);
    EXPECT_EQ(fc.layers[0].macs(), 6LL * 6 * 256 * 4096);
    EXPECT_EQ(fc.layers[1].type, LayerType::fc);
    EXPECT_EQ(fc.layers[1].macs(), 4096LL * 4096);
    EXPECT_EQ(fc.layers[1].weights(), 4096LL * 4096);
    // GEMM topologies (transformer, DLRM, DeepBench): C[M x N] = A[M x K] B[K x N].
    const Workload gemm = parse_scalesim_topology("Layer,M,N,K,\nQK,128,64,128,\nFF_A,128,512,2048,\n", "g.csv", "g");
    ASSERT_EQ(gemm.layers.size(), 2u);
    EXPECT_EQ(gemm.layers[1].macs(), 128LL * 512 * 2048);
    EXPECT_EQ(gemm.layers[1].weights(), 2048LL * 512);
    EXPECT_EQ(gemm.layers[1].input_bytes(), 128LL * 2048);
    EXPECT_EQ(gemm.layers[1].output_bytes(), 128LL * 512);
}

TEST(SimWorkloadFiles, AByteOrderMarkIsNotPartOfTheHeader) {
    const auto dir = std::filesystem::temp_directory_path() / "prime_sim_bom";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "alexnet.csv", std::ios::binary)
            << "\xEF\xBB\xBFLayer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, "
               "Strides,\nConv1, 227, 227, 11, 11, 3, 96, 4,\n";
        std::ofstream(dir / "gemm.csv", std::ios::binary) << "\xEF\xBB\xBFLayer,M,N,K\nQK,8,8,8\n";
    }
    EXPECT_EQ(load_workload(dir / "alexnet.csv").layers.at(0).out_h(), 55);
    EXPECT_EQ(load_workload(dir / "gemm.csv").layers.at(0).macs(), 512);
    std::filesystem::remove_all(dir);
}

TEST(SimWorkloadFiles, LoadDetectsTheFormatAndNamesAfterTheFile) {
    const auto dir = std::filesystem::temp_directory_path() / "prime_sim_workload_files";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "yolo_tiny.csv") << "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, "
                                                "Channels, Num Filter, Strides,\nConv1, 418, 418, 3, 3, 3, 16, 1,\n";
    }
    const Workload scalesim = load_workload(dir / "yolo_tiny.csv");
    EXPECT_EQ(scalesim.name, "yolo_tiny");
    EXPECT_EQ(scalesim.layers.at(0).out_h(), 416);
    // Comment lines before a SCALE-Sim header (some published topologies have them) do not hide it.
    {
        std::ofstream(dir / "commented.csv") << "# AlexNet, from the SCALE-Sim repository\n\n# conv only\n"
                                                "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, "
                                                "Channels, Num Filter, Strides,\nConv1, 418, 418, 3, 3, 3, 16, 1,\n";
    }
    EXPECT_EQ(load_workload(dir / "commented.csv").layers.at(0).out_h(), 416);
    // A header of neither kind names both formats.
    { std::ofstream(dir / "neither.csv") << "Layer, M, K\nfc1, 2, 3\n"; }
    try {
        load_workload(dir / "neither.csv");
        ADD_FAILURE() << "no error for an unknown header";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("SCALE-Sim topology"), std::string::npos) << e.what();
    }

    const Workload original = load_builtin_workload("MobileNetV3");
    save_workload(original, dir / "v3.csv");
    const Workload table = load_workload(dir / "v3.csv");
    EXPECT_EQ(table.name, "MobileNetV3");
    EXPECT_EQ(table.total_macs(), original.total_macs());
    EXPECT_EQ(load_workloads((dir / "v3.csv").string()).at(0).layers.size(), original.layers.size());
    EXPECT_THROW(load_workload(dir / "missing.csv"), InputError);
    std::filesystem::remove_all(dir);
}

// Content decides, in the one text layer as in the log readers: a topology
// that is a Git LFS pointer, or was saved as UTF-16, is named as such (not
// as "unknown column 'version https://...'").
TEST(SimWorkloadFiles, AGitLfsPointerOrUtf16FileIsNamedAsSuch) {
    const auto dir = std::filesystem::temp_directory_path() / "prime_sim_lfs";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "resnet.csv", std::ios::binary)
            << "version https://git-lfs.github.com/spec/v1\noid sha256:0123456789abcdef\nsize 4242\n";
        std::ofstream(dir / "u16.csv", std::ios::binary) << std::string("\xff\xfeL\0a\0y\0", 8);
    }
    try {
        load_workload(dir / "resnet.csv");
        ADD_FAILURE() << "a pointer loaded as a workload";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), (dir / "resnet.csv").string());
        EXPECT_NE(e.detail().find("a Git LFS pointer"), std::string::npos) << e.what();
        EXPECT_NE(e.detail().find("4242 bytes"), std::string::npos) << e.what();
        EXPECT_NE(e.detail().find("git lfs pull"), std::string::npos) << e.what();
    }
    try {
        load_workload(dir / "u16.csv");
        ADD_FAILURE() << "UTF-16 loaded as a workload";
    } catch (const InputError& e) {
        EXPECT_NE(e.detail().find("UTF-16"), std::string::npos) << e.what();
    }
    std::filesystem::remove_all(dir);
}
