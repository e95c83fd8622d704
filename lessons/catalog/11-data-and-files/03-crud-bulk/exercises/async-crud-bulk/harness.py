import asyncio
import os
import tempfile

import aiosqlite

from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "check.db")
        async with aiosqlite.connect(path) as db:
            await learner.create_schema(db)
            commits = 0
            real_commit = db.commit

            async def counting_commit() -> None:
                nonlocal commits
                commits += 1
                await real_commit()

            db.commit = counting_commit  # counts the learner's commits during bulk_insert
            await learner.bulk_insert(db, [(f"p{i}", float(i)) for i in range(50)])
            db.commit = real_commit
            check("bulk_insert is one transaction", commits == 1,
                  f"bulk_insert of 50 rows committed {commits} times; commit once, after executemany"
                  if commits else "bulk_insert never called commit: the rows are not saved")
        async with aiosqlite.connect(path) as db:
            n = await learner.count(db)
            check("bulk-inserted rows survive reopening the database", n == 50,
                  f"after reopening the database it had {n} rows instead of 50: bulk_insert must commit")
            if n != 50:
                return
            expect_equal("get returns (name, price)", await learner.get(db, 3), ("p2", 2.0))
            expect_equal("get of a missing id returns None", await learner.get(db, 999), None)
            await learner.update_price(db, 3, 7.5)
            expect_equal("update_price changes the price", await learner.get(db, 3), ("p2", 7.5))
            await learner.delete(db, 4)
            expect_equal("delete removes the row", (await learner.get(db, 4), await learner.count(db)), (None, 49))


asyncio.run(main())
