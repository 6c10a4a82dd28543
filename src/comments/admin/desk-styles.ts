/**
 * The desk's look, on the admin's own theme variables (light and dark follow the admin). Plain CSS
 * in a string: the admin bundles no CSS of ours, and this is the desk's alone.
 */
export const DESK_STYLES = `
.desk{padding-bottom:calc(var(--base)*3)}
.desk h1{margin:var(--base) 0 calc(var(--base)/2)}
.desk__help{color:var(--theme-elevation-600);margin:0 0 var(--base)}
.desk kbd{font:inherit;font-size:.8em;border:1px solid var(--theme-elevation-250);border-radius:3px;padding:0 .3em;background:var(--theme-elevation-50)}
.desk .btn--style-primary kbd{background:transparent;color:inherit;border-color:currentColor}
.desk__tabs{display:flex;flex-wrap:wrap;gap:4px;border-bottom:1px solid var(--theme-elevation-150);margin-bottom:var(--base)}
.desk__tab{background:none;border:0;border-bottom:3px solid transparent;padding:.5rem .75rem;cursor:pointer;color:var(--theme-text);font:inherit}
.desk__tab--current{border-bottom-color:var(--theme-success-500);font-weight:600}
.desk__count{display:inline-block;min-width:1.5em;padding:0 .35em;border-radius:1em;background:var(--theme-elevation-100);font-size:.85em;text-align:center}
.desk__toolbar{display:flex;flex-wrap:wrap;gap:var(--base);align-items:center;margin-bottom:calc(var(--base)/2)}
.desk__bulk{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.desk__said{min-height:1.4em;color:var(--theme-elevation-600);margin:0}
.desk__problem{color:var(--theme-error-500)}
.desk__cards{display:grid;gap:var(--base)}
.desk__link{background:none;border:0;padding:0;margin-right:var(--base);color:var(--theme-elevation-600);text-decoration:underline;cursor:pointer;font:inherit;font-size:.85em}
.desk-card{border:1px solid var(--theme-elevation-150);border-radius:6px;padding:var(--base);background:var(--theme-elevation-0);outline:none}
.desk-card--focused{border-color:var(--theme-success-500);box-shadow:0 0 0 2px var(--theme-success-250)}
.desk-card--selected{background:var(--theme-elevation-50)}
.desk-card__head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline;font-size:.9em;color:var(--theme-elevation-700)}
.desk-card__head time{margin-left:auto}
.desk-card__select{display:inline-flex;gap:.25rem;align-items:center}
.desk-card__status{text-transform:uppercase;font-size:.75em;letter-spacing:.04em;padding:0 .4em;border-radius:3px;background:var(--theme-elevation-100)}
.desk-card__status--pending{background:var(--theme-warning-100)}
.desk-card__status--approved{background:var(--theme-success-100)}
.desk-card__status--rejected,.desk-card__status--spam{background:var(--theme-error-100)}
.desk-card__article a{font-weight:600;color:var(--theme-text)}
.desk-card__admin-link{font-weight:400!important;color:var(--theme-elevation-600)!important}
.desk-card__parent{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid var(--theme-elevation-200);color:var(--theme-elevation-700);font-size:.9em}
.desk-card__body{margin:.5rem 0;font-size:1.05em;overflow-wrap:anywhere}
.desk-card__body p{margin:0 0 .5em}
.desk-card__commenter{font-size:.9em;color:var(--theme-elevation-700)}
.desk-card__name{background:none;border:0;padding:0;font:inherit;font-weight:600;color:var(--theme-text);text-decoration:underline;cursor:pointer}
.desk-card__warning{color:var(--theme-error-500)}
.desk-card__reasons,.desk-card__reports{margin:.5rem 0 0;padding-left:1.1rem;font-size:.9em}
.desk-card__reasons{color:var(--theme-warning-750)}
.desk-card__actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:.75rem}
.desk-card__actions .btn{margin:0}
.desk-card__more{margin-top:.5rem;font-size:.9em}
.desk-card__more label{display:block;margin:.5rem 0}
.desk-card__more input,.desk-card__more textarea{display:block;width:100%;max-width:36rem;margin-top:.25rem}
.desk-card__hint{color:var(--theme-elevation-600);margin:.5rem 0}
.desk-card__restrict{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.desk-card__filters{margin-top:.25rem}
.desk-drawer{position:fixed;top:0;right:0;bottom:0;width:min(32rem,100vw);overflow:auto;background:var(--theme-bg);border-left:1px solid var(--theme-elevation-200);box-shadow:-4px 0 16px rgba(0,0,0,.15);padding:var(--base);z-index:50}
.desk-drawer__head{display:flex;justify-content:space-between;align-items:center}
.desk-drawer__list{padding-left:1.1rem}
.desk-drawer__list li{margin-bottom:.5rem}
.desk-drawer__note textarea{display:block;width:100%}
`
