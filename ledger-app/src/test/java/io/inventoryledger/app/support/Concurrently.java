package io.inventoryledger.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs requests all at once (one thread each, released together) and collects their answers in order. */
public final class Concurrently {
    private Concurrently() {}

    public static List<Reply> run(List<Callable<Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (Callable<Reply> request : requests) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
