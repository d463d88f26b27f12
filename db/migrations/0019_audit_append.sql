-- Appending an audit entry to its chain in one statement (lib/audit.ts). The chain's head row is
-- locked from this function's first statement to the end of the caller's transaction; an entry
-- written alone (a case opened, a refusal, a sign-in) is its own statement's transaction, so the
-- head stays locked for the function's run only, not across round trips to the application.
-- The payload is lib/audit-chain.ts's chainPayload (and migration 0016's): keep the three in step.
CREATE FUNCTION audit_chain_field(v text) RETURNS text AS $$
  SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END
$$ LANGUAGE sql IMMUTABLE;--> statement-breakpoint
CREATE FUNCTION audit_append(
  p_chain integer, p_at timestamptz, p_user_id uuid, p_user_email text, p_role role, p_action text,
  p_entity_type text, p_entity_id text, p_voivodeship_id integer, p_ip inet, p_fold_key text,
  p_details jsonb, p_no_flush boolean
) RETURNS bigint AS $$
DECLARE
  prev_seq bigint;
  prev_hash text;
  n bigint;
  h text;
  new_id bigint;
BEGIN
  -- An entry with no change of its own does not wait for the disk at commit (lib/audit.ts).
  IF p_no_flush THEN
    PERFORM set_config('synchronous_commit', 'off', true);
  END IF;
  INSERT INTO audit_chain_heads (chain, seq, hash) VALUES (p_chain, 0, repeat('0', 64))
    ON CONFLICT (chain) DO UPDATE SET chain = excluded.chain
    RETURNING seq, hash INTO prev_seq, prev_hash;
  n := prev_seq + 1;
  h := encode(sha256(convert_to(
    audit_chain_field(prev_hash) || '|' || audit_chain_field(p_chain::text) || '|' || audit_chain_field(n::text) || '|' ||
    audit_chain_field(to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || '|' ||
    audit_chain_field(p_user_id::text) || '|' || audit_chain_field(p_user_email) || '|' || audit_chain_field(p_role::text) || '|' ||
    audit_chain_field(p_action) || '|' || audit_chain_field(p_entity_type) || '|' || audit_chain_field(p_entity_id) || '|' ||
    audit_chain_field(p_voivodeship_id::text) || '|' || audit_chain_field(p_ip::text) || '|' || audit_chain_field(p_fold_key) || '|' ||
    audit_chain_field(p_details::text), 'UTF8')), 'hex');
  INSERT INTO audit_log (at, user_id, user_email, role, action, entity_type, entity_id, voivodeship_id, ip, fold_key, details, chain, seq, prev_hash, hash)
    VALUES (p_at, p_user_id, p_user_email, p_role, p_action, p_entity_type, p_entity_id, p_voivodeship_id, p_ip, p_fold_key, p_details, p_chain, n, prev_hash, h)
    RETURNING id INTO new_id;
  UPDATE audit_chain_heads SET seq = n, hash = h, entry_id = new_id, at = p_at WHERE chain = p_chain;
  RETURN new_id;
END $$ LANGUAGE plpgsql;
