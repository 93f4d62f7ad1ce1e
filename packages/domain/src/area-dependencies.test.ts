import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { preProcessFile } from "typescript";
import { describe, expect, it } from "vitest";

const srcDir = __dirname;
const testFile = /\.(test|integration-test|test-support|bench)\.ts$/;

/** The area a path under src belongs to: its first folder ("index" for the root's own files). */
const areaOf = (path: string) => {
  const [first, ...rest] = relative(srcDir, path).split(sep);
  return rest.length > 0 ? first! : "index";
};

/** area -> area -> the first file seen importing it, from every relative import of the non-test code. */
function areaGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  const files = readdirSync(srcDir, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".ts") && !testFile.test(file),
  );
  for (const file of files) {
    const path = join(srcDir, file);
    const from = areaOf(path);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const { fileName } of preProcessFile(readFileSync(path, "utf8"), true, true).importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const to = areaOf(resolve(dirname(path), fileName));
      if (to !== from && !edges.has(to)) edges.set(to, file);
    }
  }
  return graph;
}

/** The shortest chain of areas from `start` to `goal`, or null when there is none. */
function pathBetween(graph: Map<string, Map<string, string>>, start: string, goal: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let area = queue.shift(); area !== undefined; area = queue.shift()) {
    if (area === goal) {
      const path = [area];
      for (let previous = cameFrom.get(area); previous; previous = cameFrom.get(previous)) {
        path.unshift(previous);
      }
      return path;
    }
    for (const next of graph.get(area)?.keys() ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, area);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Every loop, as "a -> b -> ... -> a  (a/file.ts, b/file.ts, ...)" with the file that makes each import. */
function loopsIn(graph: Map<string, Map<string, string>>): string[] {
  const loops = new Map<string, string>();
  for (const [from, edges] of graph) {
    for (const to of edges.keys()) {
      const back = pathBetween(graph, to, from);
      if (!back) continue;
      const areas = [from, ...back.slice(0, -1)];
      // The same loop is found from each of its imports: name it from its first area alphabetically.
      const first = areas.indexOf([...areas].sort()[0]!);
      const rotated = [...areas.slice(first), ...areas.slice(0, first)];
      const files = rotated.map((area, index) =>
        graph.get(area)!.get(rotated[(index + 1) % rotated.length]!)!,
      );
      const key = rotated.join(" -> ");
      loops.set(key, `${key} -> ${rotated[0]}  (${files.join(", ")})`);
    }
  }
  return [...loops.values()];
}

describe("the domain's area folders", () => {
  it("import each other without loops", () => {
    expect(loopsIn(areaGraph())).toEqual([]);
  });
});
