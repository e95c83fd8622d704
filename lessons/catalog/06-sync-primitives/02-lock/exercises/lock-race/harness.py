import asyncio

from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()


async def main() -> None:
    loop = asyncio.get_running_loop()
    account = learner.Account()
    start = loop.time()
    await asyncio.gather(*(account.deposit(2) for _ in range(30)))
    took = loop.time() - start
    # The database round trip is the work: a deposit without it has no race to fix.
    check("each deposit still waits for the database", took >= 0.29,
          f"30 deposits took {took:.2f} s; each one's 0.01 s database round trip must stay "
          "(one after another under the lock: 0.3 s)")
    expect_equal("concurrent deposits all count", account.balance, 60,
                 f"after 30 concurrent deposits of 2 the balance was {account.balance}, not 60: "
                 f"{(60 - account.balance) // 2} deposits were lost")
    other = learner.Account()
    await asyncio.gather(account.deposit(1), other.deposit(5))
    expect_equal("accounts do not share a balance", (account.balance, other.balance), (61, 5))


asyncio.run(main())
