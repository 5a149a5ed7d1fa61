/**
 * The built index.html carries the home page, in English, already rendered into #root (marked
 * `data-prerendered`; scripts/prerender-home.ts), so the first paint does not wait for the
 * JavaScript. That HTML suits only a visit to "/" in English: every deep link gets the same
 * index.html (from the server, and offline from the service worker), and a person who chose
 * Welsh must never see English first.
 *
 * This small script runs inline near the top of <head>, before anything is painted:
 * - When the prerendered home does not suit this visit, it marks <html> with
 *   `data-hide-prerendered`, and base.css hides it until main.tsx has rendered the right page:
 *   all of #root (`="all"`) for Welsh and on a phone with a PIN (data/lock/lockFlag.ts), which
 *   opens on its lock screen; for an English deep link (`="page"`) all but the skip link and the
 *   header, which are the same on every page, so the visit paints them at once instead of a
 *   blank screen until the app has run. It picks the language exactly as `initialLanguage`
 *   (i18n/languages.ts) does: the remembered choice, else the browser's first supported
 *   language, else English.
 * - It applies the remembered text size (as app/textSize.ts does), so the prerendered page is
 *   painted at that size from the start.
 * - It loads the app. The build moves the app's <script type="module"> and its
 *   <link rel="modulepreload"> tags into an inert <template id="app-scripts"> just before this
 *   script; they are added to the page right after the first paint when that paint shows
 *   something (the prerendered home, or an English deep link's header), so the HTML and CSS
 *   have the connection to themselves and the page shows sooner, and at once when nothing can
 *   show before the app runs (Welsh, a PIN). "After the first
 *   paint" is when the browser reports its first contentful paint (a PerformanceObserver), which
 *   comes once the frame is on screen; a browser that cannot report it uses the next animation
 *   frame. A tab opened in the background paints nothing, so it loads at once too; a paint that
 *   never comes is waited for 3 seconds at most.
 * - It adds the template's preloads that suit the visit (scripts/deep-link-preloads.ts picks
 *   them at build time): those marked `data-deep-link` on any address but "/" that starts with
 *   the mark (the chunks most pages share have an empty mark; a page's own chunks and CSS have
 *   its addresses' start: routeChunks.ts), and those marked `data-language` in that language
 *   only (the string files). A deep link then fetches its page beside the app's first chunks
 *   instead of only once the app has run and asked for it. The home page in English loads none.
 * A unit test holds it to those modules. It is plain ES5, so it runs before the app's modules.
 *
 * The server's Content-Security-Policy allows this script, and no other inline script, by its
 * SHA-256 hash (server/http/security-headers.ts hashes this very string), so keep it a constant.
 */
export const PRERENDER_GATE_SCRIPT =
  "(function(d){var l,s,k,n,i,b,h,m,p,t=d.getElementById('app-scripts');" +
  "try{l=localStorage.getItem('waymark.language');s=localStorage.getItem('waymark.textSize');" +
  "k=localStorage.getItem('waymark.lock')}catch(e){}" +
  "if(s==='large'||s==='larger')d.documentElement.setAttribute('data-text-size',s);" +
  "if(l!=='en'&&l!=='cy'){l='en';n=navigator.languages||[];" +
  "for(i=0;i<n.length;i++){b=String(n[i]).toLowerCase().split('-')[0];" +
  "if(b==='en'||b==='cy'){l=b;break}}}" +
  "h=location.pathname!=='/'||l!=='en'||k!=null;" +
  "m=h?(l==='en'&&k==null?'page':'all'):'';if(m)d.documentElement.setAttribute('data-hide-prerendered',m);" +
  'function load(){var c,e,a,j,x,v,g,p=location.pathname;if(!t)return;c=t.content.children;' +
  "for(i=0;i<c.length;i++){e=c[i];v=e.getAttribute('data-deep-link');" +
  "g=e.getAttribute('data-language');" +
  "if(v!=null&&(p==='/'||p.indexOf(v)!==0))continue;if(g!=null&&g!==l)continue;" +
  'x=d.createElement(e.tagName);a=e.attributes;' +
  'for(j=0;j<a.length;j++)x.setAttribute(a[j].name,a[j].value);d.head.appendChild(x)}t=null}' +
  "if(m==='all'||d.visibilityState==='hidden')load();" +
  'else{setTimeout(load,3000);p=window.PerformanceObserver;' +
  "if(p&&(p.supportedEntryTypes||[]).indexOf('paint')>=0)" +
  "new p(function(e,o){if(e.getEntriesByName('first-contentful-paint').length){o.disconnect();load()}})" +
  ".observe({type:'paint',buffered:true});" +
  'else requestAnimationFrame(function(){setTimeout(load,0)})}' +
  '})(document)';

/** The attribute the gate sets on <html>: "all" hides all of #root, "page" all but the header. */
export const HIDE_PRERENDERED_ATTRIBUTE = 'data-hide-prerendered';

/** The attribute on #root while it holds the build-time home page (removed once the app runs). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** Marks a preload in the template that only a deep link (not "/") starting with its value adds. */
export const DEEP_LINK_ATTRIBUTE = 'data-deep-link';

/** Marks a preload in the template that only a visit in its value's language adds. */
export const LANGUAGE_ATTRIBUTE = 'data-language';

/** The inert <template> that holds the app's script tags until the gate adds them. */
export const APP_SCRIPTS_ID = 'app-scripts';
