-- Campaigns as the marketing page runs them (issue 14, section 2).
--
-- status: draft (being prepared; no members) → running (launched: the target list was frozen
-- into campaign_members at launched_at) → ended (closed by the owner; marks and attribution go on,
-- late replies still count). Only the campaign writes (src-main/marketing/campaigns/) move it.
-- attribution_days: an order of a contacted member counts for the campaign when it is placed at
-- or after the contact and on the contact's local day or one of the N local days after it.
ALTER TABLE campaigns ADD COLUMN status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'ended'));
ALTER TABLE campaigns ADD COLUMN attribution_days INTEGER NOT NULL DEFAULT 14 CHECK (attribution_days BETWEEN 0 AND 365);
ALTER TABLE campaigns ADD COLUMN launched_at TEXT;

-- Campaigns written before this (the seed, imports) already reached their members: running until
-- their end day, then ended; launched at their first contact (or start day).
UPDATE campaigns SET
  status = CASE WHEN ends_on IS NOT NULL AND ends_on < date('now') THEN 'ended' ELSE 'running' END,
  launched_at = coalesce((SELECT min(contacted_at) FROM campaign_members m WHERE m.campaign_id = campaigns.id),
                         starts_on || 'T00:00:00.000Z', created_at)
WHERE EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = campaigns.id);

-- The channel is one of a fixed list of keys (shown translated). Free text written before maps to
-- its key when it names one (in English or Chinese); anything else becomes `other`, its words
-- kept at the end of the notes.
UPDATE campaigns SET channel = CASE
    WHEN lower(trim(channel)) IN ('wechat', '微信', '朋友圈', 'moments') THEN 'wechat'
    WHEN lower(trim(channel)) IN ('sms', '短信', 'text') THEN 'sms'
    WHEN lower(trim(channel)) IN ('phone', '电话', 'call') THEN 'phone'
    WHEN lower(trim(channel)) IN ('flyer', '传单', 'leaflet') THEN 'flyer'
    WHEN lower(trim(channel)) IN ('douyin', '抖音', 'tiktok') THEN 'douyin'
    WHEN lower(trim(channel)) IN ('xiaohongshu', '小红书', 'red') THEN 'xiaohongshu'
    WHEN lower(trim(channel)) IN ('instore', 'in store', '店内', '门店') THEN 'inStore'
    ELSE 'other' END,
  notes = CASE
    WHEN lower(trim(channel)) IN ('wechat', '微信', '朋友圈', 'moments', 'sms', '短信', 'text', 'phone', '电话', 'call',
      'flyer', '传单', 'leaflet', 'douyin', '抖音', 'tiktok', 'xiaohongshu', '小红书', 'red', 'instore', 'in store',
      '店内', '门店', 'other') THEN notes
    WHEN notes = '' THEN channel
    ELSE notes || char(10) || channel END
WHERE channel IS NOT NULL;

-- What a campaign cost, line by line; campaigns.cost is their sum, kept by the triggers below
-- (never written by application code). A campaign inserted with a cost (the seed, older code)
-- gets that cost as its first line, with an empty item.
CREATE TABLE campaign_cost_lines (
  id          INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  spent_on    TEXT NOT NULL CHECK (spent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(spent_on) = spent_on),
  item        TEXT NOT NULL DEFAULT '' CHECK (length(item) <= 200),
  amount      INTEGER NOT NULL CHECK (amount >= 0),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX campaign_cost_lines_campaign ON campaign_cost_lines (campaign_id, spent_on);

INSERT INTO campaign_cost_lines (campaign_id, spent_on, item, amount)
SELECT id, coalesce(starts_on, substr(created_at, 1, 10)), '', cost FROM campaigns WHERE cost > 0;

CREATE TRIGGER campaign_cost_lines_insert AFTER INSERT ON campaign_cost_lines
BEGIN
  UPDATE campaigns SET cost = (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = new.campaign_id)
  WHERE id = new.campaign_id;
END;

CREATE TRIGGER campaign_cost_lines_update AFTER UPDATE OF amount, campaign_id ON campaign_cost_lines
BEGIN
  UPDATE campaigns SET cost = (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = campaigns.id)
  WHERE id IN (old.campaign_id, new.campaign_id);
END;

CREATE TRIGGER campaign_cost_lines_delete AFTER DELETE ON campaign_cost_lines
BEGIN
  UPDATE campaigns SET cost = (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = old.campaign_id)
  WHERE id = old.campaign_id;
END;

CREATE TRIGGER campaigns_cost_as_line AFTER INSERT ON campaigns WHEN new.cost > 0
BEGIN
  INSERT INTO campaign_cost_lines (campaign_id, spent_on, item, amount)
  VALUES (new.id, coalesce(new.starts_on, substr(new.created_at, 1, 10)), '', new.cost);
END;

CREATE TRIGGER campaigns_cost_is_lines BEFORE UPDATE OF cost ON campaigns
WHEN new.cost IS NOT (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = new.id)
BEGIN
  SELECT RAISE(ABORT, 'campaigns.cost is the sum of its cost lines: change the lines');
END;

-- A hold-out drawn from the target segment at launch: never contacted, so what they bought in the
-- campaign's window is what members would have bought anyway (the control).
CREATE TABLE campaign_controls (
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  PRIMARY KEY (campaign_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_controls_customer ON campaign_controls (customer_id);

CREATE INDEX campaign_members_contacted ON campaign_members (campaign_id, contacted_at) WHERE contacted_at IS NOT NULL;
