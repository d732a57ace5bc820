# Sourced by .ci/run: the browser tests drive Debian's Chromium through its chromedriver. Installs both when they are
# missing and this run may (root with apt-get); otherwise says loudly that the browser tests will fail.
verbatim_install_browser() {
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
        return 0
    fi
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo ".ci/run: *** no chromium or chromedriver, and no way to install them here (needs root and apt-get):" \
            "the browser tests (WebUiBrowserIT) will FAIL; install Debian's chromium and chromium-driver ***" >&2
        return 0
    fi
    echo ".ci/run: installing Debian's chromium and chromium-driver for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q chromium chromium-driver >/dev/null \
        || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; } \
        || echo ".ci/run: *** installing chromium failed: the browser tests will FAIL ***" >&2
}
