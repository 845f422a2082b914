-- graph relations: edges that are records of their own (talent-to-talent relationships), with an
-- id, a version and props. A node's upsert replaces its typed edges in graph_edges; it never
-- touches these.
CREATE TABLE graph_relations (
  id      text PRIMARY KEY,
  org_id  text NOT NULL,
  label   text NOT NULL,
  from_id text NOT NULL,
  to_id   text NOT NULL,
  type    text NOT NULL,
  version integer NOT NULL,
  props   jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX graph_relations_from ON graph_relations (org_id, label, from_id, type);
CREATE INDEX graph_relations_to ON graph_relations (org_id, label, to_id, type);

-- Breadth-first search over relations (both directions) from each start, level by level: every
-- node is reached once, at its shortest depth, with the smallest shortest path (node ids, then
-- types, compared in "C" order, as Neo4j compares them). With `p_target` it stops at the level
-- that reaches the target. One call is one statement, so one round trip.
CREATE FUNCTION graph_bfs(p_org text, p_label text, p_starts text[], p_types text[], p_max_depth int, p_target text DEFAULT NULL)
RETURNS TABLE (start_id text, node_id text, depth int, path text[], types text[])
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  level int;
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS graph_bfs_seen (
    start_id text NOT NULL,
    node_id  text NOT NULL,
    depth    int NOT NULL,
    path     text[] NOT NULL,
    types    text[] NOT NULL,
    PRIMARY KEY (start_id, node_id)
  );
  DELETE FROM graph_bfs_seen;
  INSERT INTO graph_bfs_seen
    SELECT DISTINCT s, s, 0, ARRAY[s], '{}'::text[] FROM unnest(p_starts) AS s;
  FOR level IN 1..p_max_depth LOOP
    INSERT INTO graph_bfs_seen
      SELECT DISTINCT ON (f.start_id, nb.other) f.start_id, nb.other, level, f.path || nb.other, f.types || nb.type
      FROM graph_bfs_seen f
      CROSS JOIN LATERAL (
        SELECT r.to_id AS other, r.type FROM graph_relations r
        WHERE r.org_id = p_org AND r.label = p_label AND r.from_id = f.node_id AND r.type = ANY (p_types)
        UNION ALL
        SELECT r.from_id, r.type FROM graph_relations r
        WHERE r.org_id = p_org AND r.label = p_label AND r.to_id = f.node_id AND r.type = ANY (p_types)
      ) nb
      WHERE f.depth = level - 1
        AND NOT EXISTS (SELECT 1 FROM graph_bfs_seen s WHERE s.start_id = f.start_id AND s.node_id = nb.other)
      ORDER BY f.start_id, nb.other, (f.path || nb.other) COLLATE "C", (f.types || nb.type) COLLATE "C";
    EXIT WHEN NOT FOUND;
    EXIT WHEN p_target IS NOT NULL AND EXISTS (SELECT 1 FROM graph_bfs_seen s WHERE s.node_id = p_target);
  END LOOP;
  RETURN QUERY SELECT s.start_id, s.node_id, s.depth, s.path, s.types FROM graph_bfs_seen s WHERE s.depth > 0;
END
$$;
