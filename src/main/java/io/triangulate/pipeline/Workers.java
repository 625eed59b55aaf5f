package io.triangulate.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** The run's worker threads, and how their results come back in the order the tasks were given. */
final class Workers {
    private Workers() {}

    /** Daemon workers: should the run's own thread die (out of memory), the process ends instead of waiting on them. */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, task -> daemon("triangulate-worker", task));
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts {@code task} on a daemon thread of its own (loading beside other loading); its result comes by {@link #result}. */
    static <T> FutureTask<T> inBackground(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        daemon(name, future).start();
        return future;
    }

    /** The background task's result, or what it threw, as if it had run on this thread. */
    static <T> T result(FutureTask<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs the tasks on the pool and returns their results in the tasks' order, whatever order they finish in. */
    static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) futures.add(pool.submit(t));
        List<T> out = new ArrayList<>();
        try {
            for (Future<T> f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }
}
