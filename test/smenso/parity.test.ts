/**
 * Everything smenso's own n8n node can do, ours can: each operation in smensoNodeOperations.json
 * (written by hand from that node's source, revision noted in the file) maps to an operation of
 * ours that exists, with the parameter value that selects it. A missing one fails here.
 */
import { ourOperationName } from '../../dev/operationsTable';
import { Smenso } from '../../nodes/Smenso/Smenso.node';
import smensoNode from '../../dev/smensoNodeOperations.json';
import { SMENSO_NODE_PARITY } from '../../dev/smensoParity';

const node = new Smenso();
const theirs = smensoNode.operations.map((o) => `${o.resource}.${o.operation}`);

test("the list names its source revision and holds the 83 operations of smenso's node", () => {
	expect(smensoNode.source).toBe('smenso/n8n-nodes-smenso');
	expect(smensoNode.revision).toMatch(/^[0-9a-f]{40}$/);
	expect(theirs).toHaveLength(83);
	expect(new Set(theirs).size).toBe(83);
});

test.each(theirs)("smenso's %s has an operation here", (key) => {
	const ours = SMENSO_NODE_PARITY[key];
	expect(ours).toBeDefined();
	expect(ourOperationName(node, ours)).toEqual(expect.any(String));
});

test('the mapping names no operation the list does not have', () => {
	expect(Object.keys(SMENSO_NODE_PARITY).filter((key) => !theirs.includes(key))).toEqual([]);
});

test("the main line of smenso's repository (its newest commit, 11 operations) is covered too", () => {
	const mainLine = smensoNode.mainLine.operations.map((o) => `${o.resource}.${o.operation}`);
	expect(smensoNode.mainLine.revision).toMatch(/^[0-9a-f]{40}$/);
	expect(mainLine).toHaveLength(11);
	expect(
		mainLine.filter(
			(key) => !SMENSO_NODE_PARITY[key] || !ourOperationName(node, SMENSO_NODE_PARITY[key]),
		),
	).toEqual([]);
});
