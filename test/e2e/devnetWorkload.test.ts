import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initHome, startNode, type ServiceContext } from "../../chain-sim/cli/run";
import { checkInvariants } from "../../chain-sim/sim/invariants";

/** The devnet as `printchain devnet` runs it: timer-driven blocks, RPC, the workload and an extra service. */
describe("startNode with the workload and an extra service", () => {
  let home: string;

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), "printchain-devnet-workload-"));
  });

  afterAll(() => rmSync(home, { recursive: true, force: true }));

  test("blocks carry the workload's txs; the service gets the RPC URL and is stopped before the node", async () => {
    await initHome({ home, blockTimeMs: 100, workload: { seed: 3, printers: 6, epochLength: 20, proposalEveryEpochs: 1 } });
    const events: string[] = [];
    let context: ServiceContext | undefined;
    const running = await startNode({
      home,
      config: { rpc: { host: "127.0.0.1", port: 0 }, verifierThreads: 0 },
      workload: true,
      handleSignals: false,
      services: [
        {
          name: "probe",
          async start(ctx) {
            context = ctx;
            events.push("start");
            return { stop: async () => void events.push(`stop at ${ctx.node.height}`), status: () => "probe ok", banner: ["probe      started"] };
          },
        },
      ],
    });
    try {
      expect(running.workload).toBeDefined();
      expect(context?.rpcUrl).toBe(running.rpcUrl);
      const status = (await (await fetch(`${running.rpcUrl}/status`)).json()) as { result: { node_info: { network: string } } };
      expect(status.result.node_info.network).toBe("printchain-devnet-1");
      const deadline = Date.now() + 30_000;
      while (running.workload!.stats.committed < 30 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(running.workload!.stats.committed).toBeGreaterThanOrEqual(30);
      expect(running.services.map(({ service }) => service.status?.())).toEqual(["probe ok"]);
    } finally {
      await running.stop();
    }
    expect(events[0]).toBe("start");
    expect(events[1]).toMatch(/^stop at \d+$/);
    expect(checkInvariants(running.node.app.store)).toEqual([]);
    // Stopping is idempotent.
    await running.stop();
  });
});
