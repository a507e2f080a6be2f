<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an Atom feed as a readable page when a browser opens it (feed readers ignore this).
     Entry content is HTML escaped inside the feed, so the page shows each entry's summary and
     links to its change; the stylesheet is the site's own. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:a="http://www.w3.org/2005/Atom" exclude-result-prefixes="a">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/a:feed">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="a:title"/></title>
        <xsl:variable name="theme" select="substring-after(substring-before(/processing-instruction('xml-stylesheet'), 'feed.xsl'), 'href=&quot;')"/>
        <link rel="stylesheet" href="{$theme}css/style.css"/>
        <link rel="icon" href="{$theme}favicon.svg" type="image/svg+xml"/>
      </head>
      <body>
        <main id="main">
          <p class="note">This is an Atom feed: copy its address
            (<code><xsl:value-of select="a:link[@rel='self']/@href"/></code>) into a feed
            reader to follow these changes.</p>
          <h1><xsl:value-of select="a:title"/></h1>
          <p class="lead"><a href="{a:link[@rel='alternate']/@href}">Back to the site</a></p>
          <ol class="changes">
            <xsl:for-each select="a:entry">
              <li>
                <a class="t" href="{a:link[@rel='alternate']/@href}"><xsl:value-of select="a:title"/></a>
                <span class="m"><time datetime="{a:updated}"><xsl:call-template name="when">
                    <xsl:with-param name="iso" select="a:updated"/></xsl:call-template></time>
                  <xsl:text> · </xsl:text><xsl:value-of select="a:summary"/></span>
              </li>
            </xsl:for-each>
          </ol>
          <xsl:if test="not(a:entry)"><p>No changes yet.</p></xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>
  <!-- "2026-03-02T16:30:07Z" as the site words every date: "2 March 2026 16:30 UTC". -->
  <xsl:template name="when">
    <xsl:param name="iso"/>
    <xsl:variable name="months" select="'01January|02February|03March|04April|05May|06June|07July|08August|09September|10October|11November|12December|'"/>
    <xsl:value-of select="concat(number(substring($iso, 9, 2)), ' ',
        substring-before(substring-after($months, substring($iso, 6, 2)), '|'), ' ',
        substring($iso, 1, 4), ' ', substring($iso, 12, 5), ' UTC')"/>
  </xsl:template>
</xsl:stylesheet>
