/*
 * libFuzzer engine for PostLint's .NET fuzz targets (fuzz/PostLint.Fuzz).
 *
 * libFuzzer runs in this process; the target runs in one long-lived .NET process started here
 * (`dotnet PostLint.Fuzz.dll TARGET`), whose assemblies SharpFuzz has instrumented. The two
 * speak the protocol of SharpFuzz's Fuzzer.LibFuzzer.Run:
 *   - a System V shared memory segment: MAP_SIZE bytes of edge counters that the instrumented
 *     code increments, followed by the input;
 *   - its id in __LIBFUZZER_SHM_ID, and two pipes whose file descriptors are passed in
 *     __LIBFUZZER_CONTROL_PIPE_ID (we write the input length, a 32-bit integer) and
 *     __LIBFUZZER_STATUS_PIPE_ID (the target writes 0 once at start and then, for each input,
 *     0 for a clean run or non-zero when the action threw).
 * After each input the counters are copied into libFuzzer's extra counters, so the .NET edges
 * steer the search. A non-zero status, or the target process dying (a crash of the runtime, a
 * stack overflow), is a crash for libFuzzer, which then saves the input as crash-<sha1>.
 *
 * Configured by the environment (so that every command line option stays libFuzzer's):
 *   POSTLINT_FUZZ_DOTNET   the dotnet host (default: dotnet on PATH)
 *   POSTLINT_FUZZ_HARNESS  the instrumented PostLint.Fuzz.dll
 *   POSTLINT_FUZZ_TARGET   the target name (jsonl, csv, tweets, zip, facebook, instagram, text, mecab, hunspell)
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAP_SIZE (1 << 16)      /* SharpFuzz's coverage map */
#define MAX_INPUT (1 << 20)     /* the largest input handed over; scripts/fuzz.sh keeps -max_len below it */

__attribute__((used, section("__libfuzzer_extra_counters")))
static uint8_t extra_counters[MAP_SIZE];

static int shm_id = -1;
static uint8_t *shared;
static int control_fd = -1;
static int status_fd = -1;
static pid_t target_pid = -1;

static void fail(const char *what)
{
    fprintf(stderr, "postlint-libfuzzer: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void cleanup(void)
{
    if (target_pid > 0)
    {
        kill(target_pid, SIGKILL);
        waitpid(target_pid, NULL, 0);
        target_pid = -1;
    }

    if (shm_id >= 0)
    {
        shmctl(shm_id, IPC_RMID, NULL);
        shm_id = -1;
    }
}

static int read_all(int fd, void *buffer, size_t length)
{
    uint8_t *p = buffer;
    while (length > 0)
    {
        ssize_t n = read(fd, p, length);
        if (n < 0 && errno == EINTR)
        {
            continue;
        }

        if (n <= 0)
        {
            return -1;
        }

        p += n;
        length -= (size_t)n;
    }

    return 0;
}

static int write_all(int fd, const void *buffer, size_t length)
{
    const uint8_t *p = buffer;
    while (length > 0)
    {
        ssize_t n = write(fd, p, length);
        if (n < 0 && errno == EINTR)
        {
            continue;
        }

        if (n <= 0)
        {
            return -1;
        }

        p += n;
        length -= (size_t)n;
    }

    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *dotnet = getenv("POSTLINT_FUZZ_DOTNET");
    const char *harness = getenv("POSTLINT_FUZZ_HARNESS");
    const char *target = getenv("POSTLINT_FUZZ_TARGET");
    if (dotnet == NULL)
    {
        dotnet = "dotnet";
    }

    if (harness == NULL || target == NULL)
    {
        fprintf(stderr, "postlint-libfuzzer: set POSTLINT_FUZZ_HARNESS and POSTLINT_FUZZ_TARGET (scripts/fuzz.sh does)\n");
        exit(1);
    }

    shm_id = shmget(IPC_PRIVATE, MAP_SIZE + MAX_INPUT, IPC_CREAT | IPC_EXCL | 0600);
    if (shm_id < 0)
    {
        fail("shmget");
    }

    atexit(cleanup);
    shared = shmat(shm_id, NULL, 0);
    if (shared == (void *)-1)
    {
        fail("shmat");
    }

    int control[2], status[2];
    if (pipe(control) != 0 || pipe(status) != 0)
    {
        fail("pipe");
    }

    target_pid = fork();
    if (target_pid < 0)
    {
        fail("fork");
    }

    if (target_pid == 0)
    {
        char value[32];
        close(control[1]);
        close(status[0]);
        snprintf(value, sizeof value, "%d", shm_id);
        setenv("__LIBFUZZER_SHM_ID", value, 1);
        snprintf(value, sizeof value, "%d", control[0]);
        setenv("__LIBFUZZER_CONTROL_PIPE_ID", value, 1);
        snprintf(value, sizeof value, "%d", status[1]);
        setenv("__LIBFUZZER_STATUS_PIPE_ID", value, 1);
        execlp(dotnet, dotnet, harness, target, (char *)NULL);
        fprintf(stderr, "postlint-libfuzzer: cannot start %s: %s\n", dotnet, strerror(errno));
        _exit(127);
    }

    close(control[0]);
    close(status[1]);
    control_fd = control[1];
    status_fd = status[0];
    /* A target whose process dies is reported when it is given an input, not as a broken pipe. */
    signal(SIGPIPE, SIG_IGN);

    int32_t ready;
    if (read_all(status_fd, &ready, sizeof ready) != 0 || ready != 0)
    {
        fprintf(stderr, "postlint-libfuzzer: the target %s did not start (see its messages above)\n", target);
        exit(1);
    }

    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_INPUT)
    {
        size = MAX_INPUT;
    }

    memset(shared, 0, MAP_SIZE);
    memcpy(shared + MAP_SIZE, data, size);
    int32_t length = (int32_t)size;
    int32_t result;
    if (write_all(control_fd, &length, sizeof length) != 0 || read_all(status_fd, &result, sizeof result) != 0)
    {
        int wstatus = 0;
        if (target_pid > 0 && waitpid(target_pid, &wstatus, WNOHANG) == target_pid)
        {
            target_pid = -1;
            if (WIFSIGNALED(wstatus))
            {
                fprintf(stderr, "postlint-libfuzzer: the .NET target died of signal %d\n", WTERMSIG(wstatus));
            }
            else
            {
                fprintf(stderr, "postlint-libfuzzer: the .NET target exited with %d\n", WEXITSTATUS(wstatus));
            }
        }
        else
        {
            fprintf(stderr, "postlint-libfuzzer: the .NET target stopped answering\n");
        }

        abort();
    }

    memcpy(extra_counters, shared, MAP_SIZE);
    if (result != 0)
    {
        fprintf(stderr, "postlint-libfuzzer: the target threw (exception above)\n");
        abort();
    }

    return 0;
}
