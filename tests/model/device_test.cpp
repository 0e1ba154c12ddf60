// --device: parsing, the clear error without CUDA, and (only where a GPU is
// visible) CUDA predictions against the CPU's. The CUDA-only tests call
// GTEST_SKIP elsewhere, which CTest reports as skipped, never as passed.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "model/conservative_trainer.h"
#include "model/torch_runtime.h"
#include "model_test_support.h"
#include "test_support.h"

using namespace prime;

namespace {
// Leaves the process-wide choice as the other tests expect it.
struct DeviceGuard {
    ~DeviceGuard() { set_compute_device(ComputeDevice::Auto); }
};
}  // namespace

TEST(ComputeDevice, ParsesTheThreeNamesAndRejectsOthers) {
    EXPECT_EQ(parse_compute_device("auto"), ComputeDevice::Auto);
    EXPECT_EQ(parse_compute_device("cpu"), ComputeDevice::Cpu);
    EXPECT_EQ(parse_compute_device("cuda"), ComputeDevice::Cuda);
    try {
        parse_compute_device("gpu");
        FAIL() << "gpu was accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("expected auto, cpu or cuda"), std::string::npos) << e.what();
    }
}

TEST(ComputeDevice, CpuIsHonouredAndAutoFollowsAvailability) {
    DeviceGuard guard;
    set_compute_device(ComputeDevice::Cpu);
    EXPECT_EQ(compute_device_name(), "cpu");
    set_compute_device(ComputeDevice::Auto);
    EXPECT_EQ(compute_device_name(), cuda_available() ? "cuda" : "cpu");
}

TEST(ComputeDevice, CudaWithoutCudaIsAClearErrorAndChangesNothing) {
    if (cuda_available()) GTEST_SKIP() << "a GPU is visible: there is no error to check";
    DeviceGuard guard;
    set_compute_device(ComputeDevice::Cpu);
    try {
        set_compute_device(ComputeDevice::Cuda);
        FAIL() << "cuda was accepted without CUDA";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_TRUE(what.find("no CUDA") != std::string::npos || what.find("no GPU") != std::string::npos) << what;
    }
    EXPECT_EQ(compute_device_name(), "cpu");
}

TEST(ComputeDevice, CudaPredictionsMatchTheCpusWithinFloatRounding) {
    if (!cuda_available()) GTEST_SKIP() << "no CUDA in this LibTorch or no GPU visible";
    DeviceGuard guard;
    test::TempDir dir;
    set_compute_device(ComputeDevice::Cpu);
    ConservativeTrainer trainer(test::small_log(), test::tiny_mlp(), test::quick_training());
    for (int i = 0; i < 20; ++i) trainer.step();
    trainer.surrogate().save(dir / "model");
    const Surrogate on_cpu = Surrogate::load(dir / "model");
    set_compute_device(ComputeDevice::Cuda);
    const Surrogate on_gpu = Surrogate::load(dir / "model");
    std::vector<Design> designs;
    for (RowIndex row = 0; row < 500; ++row) designs.push_back(test::small_log().design(row));
    const Predictions a = on_cpu.predict(designs), b = on_gpu.predict(designs);
    ASSERT_EQ(a.score.size(), b.score.size());
    // Different kernels (cuBLAS vs OpenBLAS) sum in different orders: float
    // rounding over two 64-wide layers stays far below 1e-4 of the score's scale.
    for (std::size_t i = 0; i < a.score.size(); ++i) EXPECT_NEAR(a.score[i], b.score[i], 1e-4 * (1 + std::abs(a.score[i])));
}

// The model library (LibTorch) opens on first use; threads set before that
// reach LibTorch when it opens (CTest runs each test in its own process, so
// here the library is normally still closed when the threads are set).
TEST(ModelLibrary, OpensOnFirstUseAndAppliesTheThreadsSetBefore) {
    set_torch_threads(1);
    EXPECT_EQ(torch_threads(), 1);
    (void)cuda_available();  // asks LibTorch: opens the library
    ASSERT_TRUE(model_library_loaded());
    EXPECT_NE(model_library_path().find("libprime-model-torch.so"), std::string::npos) << model_library_path();
    EXPECT_EQ(torch_threads(), 1);  // now LibTorch's own count
}
