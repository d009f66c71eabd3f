import { css } from 'lit';

/** Contact lists of the report guide and the help card: big tap targets, numbers that never overflow. */
export const contactStyles = css`
  .contacts {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75em;
    display: grid;
    gap: 0.5em;
  }
  .contact {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .name {
    font-weight: 700;
  }
  .notes,
  .meta {
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .links a,
  .web {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.35em 0.9em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    font-weight: 700;
    text-decoration: none;
  }
  .links a.call {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .num {
    font-weight: 700;
  }
`;
