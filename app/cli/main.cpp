// prime-cli: PRIME Studio's engine without a GUI.
#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "util/errors.h"

int main(int argc, char** argv) {
    CLI::App app{"prime-cli: data-driven design of hardware accelerators (PRIME), headless"};
    app.set_version_flag("--version", std::string("prime-cli ") + PRIME_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);

    prime::cli::add_info_command(app);
    prime::cli::add_convert_command(app);
    prime::cli::add_simulate_command(app);
    prime::cli::add_generate_command(app);
    prime::cli::add_merge_command(app);
    prime::cli::add_train_command(app);
    prime::cli::add_predict_command(app);
    prime::cli::add_search_command(app);
    prime::cli::add_report_command(app);
    prime::cli::add_benchmark_command(app);

    prime::cli::install_interrupt_handler();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const prime::cli::UsageError& e) {
        std::cerr << "usage error: " << e.what() << "\n";
        return 2;
    } catch (const prime::Cancelled&) {
        std::cerr << "cancelled; no output was written\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
