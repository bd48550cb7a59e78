-- Service insights and the queue read every ticket's clock events (kind, status, origin, at) in
-- log order. This index holds all of them in that order, so those reads never touch the table;
-- it starts with the columns of ticket_events_ticket, which it replaces.
CREATE INDEX ticket_events_clock ON ticket_events (ticket_id, at, id, kind, status, origin_ticket_id);
DROP INDEX ticket_events_ticket;
