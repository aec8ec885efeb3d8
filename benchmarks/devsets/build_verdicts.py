"""Builds the development set beside this file from the sentences below, each copied verbatim
from the page at its URL, with labels written by hand from the shared reference data files.
Edit here and re-run (python THIS_FILE); the .jsonl is the artefact the scorers read."""
import json
INF="wild/inflation"; CPIR="data/inflation-gdp.csv"; DEFR="data/inflation-consumer.csv"
CO2="wild/co2-fossil-by-nation"; CO2R="data/fossil-fuel-co2-emissions-by-nation.csv"
PPM="wild/co2-ppm"; FX="wild/exchange-rates"; POP="worldbank-population"; GDP="worldbank-gdp"
def ev(pkg,res,country,period,column,value): return {"package":pkg,"resource":res,"country":country,"period":period,"column":column,"value":value}
def cpi(c,y,v): return ev(INF,CPIR+" (holds CPI inflation; labelled the wrong way round upstream; same values in wild/cpi data/cpi.csv)",c,y,"Inflation",v)
def none(c,note): return {"package":None,"resource":None,"country":c,"period":None,"column":None,"value":None,"note":note}
S="supported";C="contradicted";U="unsupported";N="needs_review"
rows=[]
def add(text,url,pub,claim,verdict,evid,why,context=None,country=None,context_from=None):
    assert claim in text, (claim,text)
    rows.append(dict(id=f"v{len(rows)+1:03d}",text=text,context=context,url=url,published=pub,claim_text=claim,expected_verdict=verdict,expected_evidence=evid,why=why,context_from=(context_from or ("previous sentence" if context else None)),country=country or (evid or {}).get("country")))
X="https://www.xpatulator.com/cost-of-living-article/Latest-International-Inflation-Rates_712.cfm"
t="The US economy is battling high inflation with consumer prices hitting a 40-year record of 8.6% in May."
add(t,X,None,"8.6%",N,cpi("United States","2022",8.00279982052121),"a 12-month rate for May 2022; the package has annual averages only (2022: 8.0)")
t="Inflation hit 9.1% in May, the highest in 40 years, due to post-pandemic economic recovery issues, Brexit supply chain challenges and dramatic increases in fuel and energy prices exasperated by the war in Ukraine."
add(t,X,None,"9.1%",N,cpi("United Kingdom","2022",7.92204883147902),"UK 12-month rate for May; only annual averages in the data",context="The UK is experiencing a cost of living crises.")
t="Similarly, the European Union inflation rate is 8.8% as at May."
add(t,X,None,"8.8%",N,none("European Union","monthly EU rate; the package has annual rows only"),"monthly rate vs annual series",)
t="China's latest inflation rate is 2.1% as at May 2022."
add(t,X,None,"2.1%",N,cpi("China","2022",1.97357555739051),"a May 2022 12-month rate; annual average 2022 is 1.97")
L="https://www.livemint.com/opinion/online-views/an-inflation-focus-that-neglects-growth-could-lead-to-stagflation/amp-11652374308595.html"
t="Compared with 1% per annum or less in the preceding five years, the corresponding inflation rates in 2021 and 2022 are 4.7% and 7.7% in the US, 3.2% and 5.5% in Germany, 2.6% and 7.4% in the UK, and 2.6% and 5.3% for the Eurozone, with Japan as the sole exception."
add(t,L,"2022-05-12","4.7%",S,cpi("United States","2021",4.69785886363742),"US CPI 2021 = 4.70")
add(t,L,"2022-05-12","7.7%",N,cpi("United States","2022",8.00279982052121),"a projection for 2022 made in May 2022; the year was not complete at the draft date")
add(t,L,"2022-05-12","3.2%",C,cpi("Germany","2021",3.06666666666673),"Germany CPI 2021 = 3.07 in the package (3.2 is the HICP figure: another series)")
add(t,L,"2022-05-12","5.5%",N,cpi("Germany","2022",6.87257438551097),"a 2022 projection made in May 2022")
add(t,L,"2022-05-12","2.6%",C,cpi("United Kingdom","2021",2.51837109614213),"UK 2021 = 2.52, outside 2.55–2.65 (+0.5 %)")
t="In advanced economies, consumer price inflation, a mere 1% per annum during 2015-20, rose to 3% in 2021 and is projected to reach about 6% in 2022."
add(t,L,"2022-05-12","3%",U,none("advanced economies","IMF grouping 'advanced economies' is not a row of the packages"),"aggregate not in the data")
t="In developing economies, where consumer price inflation was on average 5% per annum during 2015-2020, corresponding inflation rates are 6% in 2021 and 9% in 2022."
add(t,L,"2022-05-12","6%",U,none("developing economies","IMF grouping not in the packages"),"aggregate not in the data")
D="https://datasetsearch.research.google.com/search?query=inflation+global"
t="The highest value was in Lebanon: 221.3 percent and the lowest value was in the Seychelles: -1 percent."
c="The average for 2023 based on 160 countries was 9.9 percent."
add(t,D,None,"221.3 percent",S,cpi("Lebanon","2023",221.341644023365),"Lebanon CPI 2023 = 221.34",context=c)
add(t,D,None,"-1 percent",S,cpi("Seychelles","2023",-1.03530088431952),"Seychelles 2023 = -1.04, within -1.5..-0.5",context=c)
add(c,D,None,"9.9 percent",U,none("(160 countries)","an unweighted mean of 160 countries; the World row (5.73) is another measure"),"no row holds this average; matching the World row would be a silent pass/false alarm")
t="Inflation, consumer prices (annual %) in World was reported at 5.7332 % in 2023, according to the World Bank collection of development indicators, compiled from officially recognized sources."
add(t,D,None,"5.7332 %",S,cpi("World","2023",5.73316283034957),"World 2023 = 5.7332")
t="The average for 2025 based on 184 countries was 7.08 percent."
add(t,D,None,"7.08 percent",U,none("(184 countries)","2025 not in the data; unweighted average"),"no data for 2025")
t="The highest value was in Venezuela: 254.35 percent and the lowest value was in Switzerland: 0.24 percent."
add(t,D,None,"254.35 percent",U,none("Venezuela","Venezuela CPI ends 2016; 2025 absent"),"period not covered",context="The average for 2025 based on 184 countries was 7.08 percent.")
t="In March 2022, the global inflation rate for the consumer price index reached 9.22 percent, compared with 7.47 percent in February 2022."
add(t,D,None,"9.22 percent",N,cpi("World","2022",7.93092925430087),"monthly global rate vs annual World row")
F="https://www.fao.org/food-agriculture-statistics/data-release/data-release-detail/fr/c/1606740/"
t="During the second quarter (April–June) of 2022, the global annual inflation rate of the general consumer price index (CPI) was, on average, 12.9 percent, which is a significant increase compared to the 10.3 percent recorded in the first quarter (January–March) of 2022."
add(t,F,"2022-09","12.9 percent",N,cpi("World","2022",7.93092925430087),"a quarterly FAO global rate (different weights) vs annual World row")
t="The global annual inflation rate of the food consumer price index significantly increased from 13.1 percent in the first quarter of 2022 to 18.3 percent in the second quarter of 2022."
add(t,F,"2022-09","18.3 percent",U,none("World","food CPI is not in the packages"),"series not in the data")
t="The consumer price index in Turkey reached 48.69% on an annual basis in Turkey in January."
add(t,"https://sofokleous10.gr/2022/02/03/inflation-in-turkey-reached-48-69-in-january/","2022-02-03","48.69%",N,cpi("Turkiye","2022",72.3088359891207),"January 2022 12-month rate; annual rows only")
t="In December, the rise in consumer prices had reached 36.08% annually."
add(t,"https://sofokleous10.gr/2022/02/03/inflation-in-turkey-reached-48-69-in-january/","2022-02-03","36.08%",N,cpi("Turkiye","2021",19.5964926913324),"December 2021 12-month rate vs 2021 annual average 19.6",context="The consumer price index in Turkey reached 48.69% on an annual basis in Turkey in January. This percentage is the highest since April 2002 and is due to the collapse of the Turkish Lira in 2021, according to official data released today.",context_from="the previous paragraph")
I="https://infosurhoy.com/economy/inflation-in-turkiye-is-36-08-percent-on-an-annual-basis/"
t="Turkiye’s consumer prices rose 36.08 percent annually in 2021, exceeding expectations, according to the country’s statistical authority."
add(t,I,"2022-01-03","36.08 percent",N,cpi("Turkiye","2021",19.5964926913324),"says 'in 2021' but is the December-on-December rate; the annual average is 19.6 — a different measure, not a contradiction")
t="Inflation increased by 13.58 percent on a monthly basis, compared to 3.51 percent in November."
add(t,I,"2022-01-03","13.58 percent",U,none("Turkiye","month-on-month inflation not in the packages"),"monthly m/m series absent")
E="https://www.efe.com/efe/english/world/turkey-s-inflation-soars-to-19-year-high-as-lira-crashes/50000262-4710215?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss"
t="The annual consumer inflation rate in Turkey shot up to 36.08% in December, 14.77 points up on November’s figures and the highest level since September 2002, the Turkish Statistical Institute reported Monday."
add(t,E,"2022-01-03","36.08%",N,cpi("Turkiye","2021",19.5964926913324),"December 12-month rate vs annual average")
add(t,E,"2022-01-03","14.77 points",N,none("Turkiye","a month-to-month change in a 12-month rate; only annual rows"),"monthly change, annual data")
P="https://pledgetimes.com/brazil-has-the-fifth-highest-inflation-in-latin-america/"
t="The Broad Consumer Price Index (IPCA) reached 10.06% between January and December last year."
add(t,P,"2022-01-11","10.06%",N,cpi("Brazil","2021",8.30165975585673),"December-on-December 2021 vs annual average 8.30")
t="It is the highest increase in the country since 2015, when the index reached 10.67%."
add(t,P,"2022-01-11","10.67%",N,cpi("Brazil","2015",9.02990102416136),"December-on-December 2015 vs annual average 9.03",context=t and "The Broad Consumer Price Index (IPCA) reached 10.06% between January and December last year.")
t="Among Latin America’s largest economies, Brazil’s inflation is only lower than Argentina’s, at 51.2%, and Venezuela, at 2,700%, according to the National Monetary Fund (IMF)."
add(t,P,"2022-01-11","51.2%",U,none("Argentina","no CPI rows for Argentina (only the GDP deflator, 53.8 in 2021 — another series)"),"series absent; matching the deflator would be a silent pass or false alarm")
add(t,P,"2022-01-11","2,700%",U,none("Venezuela","Venezuela CPI ends 2016"),"period not covered")
B="https://www.inform.kz/en/brazil-s-official-inflation-closes-out-2022-at-5-79_a4022172"
t="Brazil’s consumer price index IPCA, the nation’s official gauge for the inflation, closed out 2022 at 5.79 percent."
add(t,B,"2023-01-11","5.79 percent",N,cpi("Brazil","2022",9.28010608956873),"Dec-on-Dec 2022 vs annual average 9.28")
t="The index was below 2021’s 10.06 percent, statistics agency IBGE reported, Agencia Brasil reports."
add(t,B,"2023-01-11","10.06 percent",N,cpi("Brazil","2021",8.30165975585673),"Dec-on-Dec 2021 vs annual average",context="Brazil’s consumer price index IPCA, the nation’s official gauge for the inflation, closed out 2022 at 5.79 percent.")
t="The inflation in 2022 was pulled mainly by food and beverages, which saw an 11.64 percent price increase in the year, thus above 2021’s 7.94 percent."
add(t,B,"2023-01-11","11.64 percent",U,none("Brazil","food component not in the packages"),"series absent")
Y="https://japannews.yomiuri.co.jp/business/economy/20240119-163039/"
t="Tokyo (Jiji Press)—Japan’s average core consumer prices rose 3.1 pct in 2023 from the previous year, marking their fastest increase in 41 years due mainly to higher food prices, the internal affairs ministry said Friday."
add(t,Y,"2024-01-19","3.1 pct",U,none("Japan","core CPI (ex fresh food) is not in the packages; headline 2023 is 3.27"),"another series; comparing with headline would be a false alarm")
Y2="https://japannews.yomiuri.co.jp/?p=163039"
t="The overall CPI, including fresh food prices, grew 3.2%."
add(t,Y2,"2024-01-19","3.2%",C,cpi("Japan","2023",3.26813365933163),"headline 2023 = 3.268 > 3.25×1.005: the World Bank figure disagrees with the ministry's rounding (borderline: 0.002 outside the band)",context_from="the article's lead sentence (2023 and Japan are named there)",context="TOKYO (Jiji Press) — Japan’s average core consumer prices rose 3.1% in 2023 from the previous year, marking their fastest increase in 41 years due mainly to higher food prices, the internal affairs ministry said Friday.")
t="For 2022, core CPI gained 2.3 percent from the year before, the Ministry of Internal Affairs and Communications said."
add(t,"https://www.nippon.com/en/news/kd988950726477791232/urgent-japan-core-consumer-prices-rise-4-0-in-dec-highest-since-1981.html","2023-01-20","2.3 percent",U,none("Japan","core CPI not in the packages"),"series absent")
G="https://destatis.de/EN/Press/2023/01/PE23_022_611.html"
t="WIESBADEN − Consumer prices in Germany rose by 7.9% in 2022 on an annual average compared with 2021."
add(t,G,"2023-01-17","7.9%",C,cpi("Germany","2022",6.87257438551097),"the package's World Bank series has 6.87 for 2022 (since revised by the 2020 rebasing): a real disagreement between sources")
t="In 2021, it had been +3.1%."
add(t,G,"2023-01-17","+3.1%",S,cpi("Germany","2021",3.06666666666673),"3.07 within 3.05–3.15",context="WIESBADEN − Consumer prices in Germany rose by 7.9% in 2022 on an annual average compared with 2021. The Federal Statistical Office (Destatis) reports that the year-on-year rate of price increase thus was markedly higher than in the previous years.",context_from="the two previous sentences")
A="https://www.albawaba.com/business/german-inflation-hits-79-2022-1505974"
t="Inflation in Germany last year rose to its highest level, with an average increase of 7.9 percent in consumer prices, compared to 3.1 percent in 2021."
add(t,A,"2023-01-17","3.1 percent",S,cpi("Germany","2021",3.06666666666673),"3.07 within 3.05–3.15")
add(t,A,"2023-01-17","7.9 percent",C,cpi("Germany","2022",6.87257438551097),"'last year' = 2022; the data has 6.87")
t="Destatis also revealed that according to their harmonized CPI, the rate of inflation was 8.7% in 2022."
add(t,"https://www.alaskacommons.com/germany-recorded-annual-average-inflation-of-7-9-in-2022/",None,"8.7%",U,none("Germany","HICP not in the packages"),"another series")
W="https://783093661.r.worldcdn.net/Detail/2023/01/05/695753/Germany-inflation-highest-70-years"
t="The last time annual inflation was near that level was in 1951, when it stood at 7.6% as the post-war economic boom began."
add(t,W,"2023-01-05","7.6%",U,none("Germany","World Bank CPI for Germany starts after 1951"),"period not covered")
t="Germany’s unemployment figures rose slightly in December to 2.45 million, or 5.4%."
add(t,W,"2023-01-05","5.4%",U,none("Germany","unemployment not in the packages"),"series absent")
K="https://www.cnbctv18.com/economy/india-inflation-data-consumer-price-index-cpi-16387551.htm"
t="India's retail inflation fell to a 15-month low of 5.66 percent in March as compared to 6.95 percent reported in the year-ago period, showed data released by the National Statistics Office (NSO) on Wednesday."
add(t,K,"2023-04-12","5.66 percent",N,cpi("India","2023",5.64914318907925),"a March 2023 12-month rate; the annual 2023 row (5.65) did not exist at the draft date")
t="The retail inflation based on Consumer Price Index (CPI) was 6.44 percent in February 2023 and 6.95 percent in the year-ago period."
add(t,K,"2023-04-12","6.44 percent",N,cpi("India","2023",5.64914318907925),"monthly rate, annual data")
t="The central bank has projected retail inflation at 6.5 percent for 2022-23, with the January-December quarter at 5.7 percent."
add(t,K,"2023-04-12","6.5 percent",N,cpi("India","2022",6.69903414079852),"a projection for fiscal 2022-23 (April–March), not a calendar year")
t="To contain the rising prices, the RBI has hiked interest rates by 250 basis points since May last year."
add(t,K,"2023-04-12","250 basis points",U,none("India","policy rates not in the packages"),"series absent")
t="In August 2023, inflation touched a high of 6.83 per cent."
add(t,"https://eastcoastdaily.in/2024/01/13/indias-retail-inflation-rises-to-4-month-high.html","2024-01-13","6.83 per cent",N,cpi("India","2023",5.64914318907925),"a monthly rate; the annual 2023 average is 5.65",context="The inflation based on Consumer Price Index (CPI) was at 5.55 per cent in November 2023 and 5.72 per cent in December 2022.")
t="Nigeria’s annual inflation rate rose to 28.92 per cent in December 2023 from 28.20 per cent in November, the National Bureau of Statistics (NBS) said Monday."
add(t,"https://newtelegraphng.com/tag/david-omojomolo/",None,"28.92 per cent",N,cpi("Nigeria","2023",24.6595502031139),"December 12-month rate vs annual average 24.66")
t="Due to lack of foreign exchange, Nigeria’s inflation rate in July 2023 reached the highest rate in years at 24.08%."
add(t,"https://firstcentralcreditbureau.com/tag/infaltion/",None,"24.08%",N,cpi("Nigeria","2023",24.6595502031139),"a July rate; annual data (the 2023 average 24.66 is close by coincidence: a silent pass if matched)")
t="The population of Russia contracted by 510,000 over 2020 to 146.238 mln people as of January 1, 2021, the Federal State Statistics Service (Rosstat) said on Thursday."
NA="https://www.news.az/news/russias-population-down-510000-over-2020"
add(t,NA,None,"146.238 mln",N,ev(POP,"population_KAZ_RUS.csv","Russian Federation","2020",'Value',145245148),"a 1 January count including Crimea vs the World Bank mid-year estimate; different date and coverage")
t="The Russian population was 146.748 mln as of January 1, 2020."
add(t,NA,None,"146.748 mln",N,ev(POP,"population_KAZ_RUS.csv","Russian Federation","2019",'Value',145453291),"a 1 January count vs mid-year estimates")
t="Russia’s population has fallen to 145.1 million after a decline of 430,000 people, according to Rosstat’s latest demographic report."
add(t,"https://www.themoscowtimes.com/2022/07/29/russias-population-decline-hits-record-rate-a78437","2022-07-29","145.1 million",N,ev(POP,"population_KAZ_RUS.csv","Russian Federation","2021",'Value',144746762),"a mid-2022 count; the latest complete annual row (2021) is 144.75")
IL="http://theinfolist.com/html/ALL/s/D/Demography_Of_Russia.html"
t="the largest country in the world by area, had a population of 147.2 million according to the 2021 census, or 144.7 million when excluding Crimea and Sevastopol, up from 142.8 million in the 2010 census."
add(t,IL,None,"147.2 million",C,ev(POP,"population_KAZ_RUS.csv","Russian Federation","2021",'Value',144746762),"census incl. Crimea; the World Bank 2021 row is 144.75 (coverage differs: the reviewer decides)",country="Russian Federation")
add(t,IL,None,"144.7 million",S,ev(POP,"population_KAZ_RUS.csv","Russian Federation","2021",'Value',144746762),"144.75 within 144.65–144.75 +0.5 %",country="Russian Federation")
add(t,IL,None,"142.8 million",S,ev(POP,"population_KAZ_RUS.csv","Russian Federation","2010",'Value',142849468),"2010 = 142.85",country="Russian Federation")
t="NUR-SULTAN. KAZINFORM Kazakhstan’s population reached 19,644,067 people as of August 1, 2022, according to the the National Statistics Bureau of the Strategic Planning and Reforms Agency."
add(t,"https://en.inform.kz/news/kazakhstan-population-reached-19-644-067-people_a3973802/","2022-09-02","19,644,067",N,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","2021",'Value',19743603),"a 1 August 2022 count; no complete 2022 row at the draft date")
t="The population of Kazakhstan grew by 212,000 people or 1.1 percent over January-October 2022 and totaled 19,715,200 people, reported the press service of the Bureau of National Statistics on Dec. 13."
add(t,"https://astanatimes.com/2022/12/population-of-kazakhstan-grew-by-212000-in-january-october-of-2022/","2022-12-13","19,715,200",N,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","2021",'Value',19743603),"a count at a date (end of October 2022), not an annual mid-year estimate")
IM="http://www.indexmundi.com/facts/kazakhstan/indicator/SP.POP.TOTL"
t="The value for Population, total in Kazakhstan was 18,754,440 as of 2020."
add(t,IM,None,"18,754,440",C,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","2020",'Value',19482117),"an older World Bank vintage; the package's 2020 row is 19,482,117")
t="As the graph below shows, over the past 60 years this indicator reached a maximum value of 18,754,440 in 2020 and a minimum value of 9,934,564 in 1960."
add(t,IM,None,"9,934,564",C,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","1960",'Value',9429981),"older vintage; 1960 row is 9,429,981",context="The value for Population, total in Kazakhstan was 18,754,440 as of 2020.")
BC="https://best-country.com/en/asia/kazakhstan/population"
t="The population of Kazakhstan increased from 6.1 million in 1939 to 16.5 million in 1989, and peaked out at about 17 million in 1993."
add(t,BC,None,"6.1 million",U,none("Kazakhstan","population series starts in 1960"),"period not covered")
add(t,BC,None,"16.5 million",C,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","1989",'Value',16997013),"1989 = 17.0 million (the 16.5 is the census figure)")
add(t,BC,None,"about 17 million",S,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","1993",'Value',17274487),"17.27 within ±5 %")
t="The last census was carried out in 2009 and revealed a population of 16 million, of which 54 percent is urban and 46 percent is rural population."
add(t,BC,None,"16 million",C,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","2009",'Value',16619846),"2009 = 16.62 million, outside 15.5–16.5 +0.5 %",country="Kazakhstan")
t="According to several estimated, Kazakhstan’s population will grow to 19.8 million in 2030 and 22.2 million in 2050."
add(t,BC,None,"19.8 million",U,none("Kazakhstan","a projection for 2030"),"no data for the future")
t="Official estimates put the population of Kazakhstan at 20,182,003 as of August 2024, of which 62.7% is urban and 37.3% is rural population."
add(t,"https://wikimili.com/en/Demographics_of_Kazakhstan",None,"20,182,003",N,ev(POP,"population_KAZ_RUS.csv","Kazakhstan","2024",'Value',20592571),"an August 2024 count vs the 2024 mid-year estimate (20.59 million); the package has 2024 rows (relabelled: it was 'unsupported, ends 2023')")
DS="https://www.desht.org/en/post/how-the-kazakhstani-economy-is-formed"
t="In 2022, Kazakhstan’s GDP was 104 trillion tenge, or $225 billion."
add(t,DS,"2024-07-16","$225 billion",S,ev(GDP,"gdp_current_usd_KAZ_RUS.csv","Kazakhstan","2022","Value",225496328925.4941),"225.50 bn within 224.5–225.5 +0.5 %")
add(t,DS,"2024-07-16","104 trillion tenge",U,none("Kazakhstan","GDP in tenge not in the packages"),"unit/series absent")
t="According to Rosstat's first estimate, the Russian economy has reached 213.5 trillion rubles, which in dollar terms is 2.556 trillion."
add(t,"https://canada.news-pravda.com/world/2026/03/08/33468.html","2026-03-08","2.556 trillion",U,none("Russian Federation","2025 GDP not in the package (ends 2023)"),"period not covered")
DV="https://www.devdiscourse.com/article/business/1830465-russian-economy-grew-46-yy-in-jan-sept---data"
t="After shrinking by 3% in 2020, its sharpest contraction in 11 years, Russia's economy is on track to expand by more than 4% in 2021, according to President Vladimir Putin, the central bank and economy ministry."
add(t,DV,"2021-12-01","3%",U,none("Russian Federation","real GDP growth not in the packages; the current-US$ level fell 11.8 % in 2020"),"computing a change from the nominal-dollar series would be a false alarm")
t="That would be the strongest since 2008, when Russia's gross domestic product grew by 5.2% before falling by 7.8% the next year."
add(t,DV,"2021-12-01","5.2%",U,none("Russian Federation","real growth not in the packages"),"series absent")
AC="https://www.acra-ratings.ru/research/2771/?lang=en"
t="Since the start of the oil boom, Kazakhstan’s gross domestic product (GDP, nominal, in US dollars) has demonstrated progressive growth at an average of 13.8% per year, and cumulatively the country’s GDP has increased 14 times in dollar terms over the period from 2000 to 2023."
add(t,AC,None,"14 times",S,ev(GDP,"gdp_current_usd_KAZ_RUS.csv","Kazakhstan","2000/2023","Value",261421121085.57208),"derived: 261.42 / 18.29 = 14.3 (rows 2000 and 2023)")
add(t,AC,None,"13.8%",S,ev(GDP,"gdp_current_usd_KAZ_RUS.csv","Kazakhstan","2000/2023","Value",261421121085.57208),"derived average: compound growth is 12.26 %/yr; the mean of the 23 yearly rates 2001–2023 is 13.75 %, within the band of '13.8' (see Corrections)")
t="Even if we look at the period after the financial crisis of 2008–2009, when a certain stabilization of economic performance took place following the end of the oil boom, nominal USD GDP grew by 2.26 times in 2009–2023."
add(t,AC,None,"2.26 times",S,ev(GDP,"gdp_current_usd_KAZ_RUS.csv","Kazakhstan","2009/2023","Value",261421121085.57208),"derived: 261.42 / 115.31 = 2.267",context="Since the start of the oil boom, Kazakhstan’s gross domestic product (GDP, nominal, in US dollars) has demonstrated progressive growth at an average of 13.8% per year, and cumulatively the country’s GDP has increased 14 times in dollar terms over the period from 2000 to 2023.",country="Kazakhstan")
t="It reached 3.4% year-on-year in the first six months, from 4.1% in 2021."
add(t,"https://www.ocamagazine.com/2022/11/23/economic-developments-in-kazakhstan/","2022-11-23","4.1%",U,none("Kazakhstan","real GDP growth not in the packages"),"series absent",context="In central Asia for example, the growth of the Kazakhstan economy did slow in 2022.")
CD="https://cdiac.ess-dive.lbl.gov/trends/emis/tre_prc.html"
t="At 1.92 billion metric tons of carbon in 2008, the People's Republic of China is the world's largest emitter of CO2 due to fossil-fuel use and cement production."
add(t,CD,None,"1.92 billion metric tons",C,ev(CO2,CO2R,"CHINA (MAINLAND)","2008","Total (thousand metric tons of carbon)",2006115),"the current CDIAC vintage has 2.006 bn t C for 2008")
t="From 1970 to 1997, China's fossil-fuel CO2 emissions grew at an annual rate of 5.4%."
add(t,CD,None,"5.4%",C,ev(CO2,CO2R,"CHINA (MAINLAND)","1970/1997","Total",928868),"derived compound growth from 210,422 (1970) to 928,868 (1997) = 5.65 %/yr")
t="Growth has occurred largely in the use of coal, not suprising given China is easily the world's largest coal producer, which accounted for 98.7% of the emissions total in 1950 and 73.3% in 2008."
add(t,CD,None,"98.7%",S,ev(CO2,CO2R,"CHINA (MAINLAND)","1950","Solid Fuel / Total",21183),"derived share 21,183 / 21,465 = 98.69 %")
add(t,CD,None,"73.3%",C,ev(CO2,CO2R,"CHINA (MAINLAND)","2008","Solid Fuel / Total",1563721),"derived share 1,563,721 / 2,006,115 = 77.9 %")
t="Liquid fuels now contribute 14.7% of emissions and have grown appreciably over the past decade."
add(t,CD,None,"14.7%",C,ev(CO2,CO2R,"CHINA (MAINLAND)","2008","Liquid Fuel / Total",264770),"derived share 264,770 / 2,006,115 = 13.2 % (2008 from context)",context="Growth has occurred largely in the use of coal, not suprising given China is easily the world's largest coal producer, which accounted for 98.7% of the emissions total in 1950 and 73.3% in 2008.")
t="Emissions from cement production account for 9.8% of China's 2008 total industrial CO2 emissions."
add(t,CD,None,"9.8%",C,ev(CO2,CO2R,"CHINA (MAINLAND)","2008","Cement / Total",136774),"derived share 136,774 / 2,006,115 = 6.8 %")
t="In 2008 China produced over 1.38 billion metric tons of hydraulic cement, almost half of the world's production."
add(t,CD,None,"1.38 billion metric tons",U,none("China","cement production (tonnes of cement) is not in the packages; the Cement column is emissions"),"another quantity; matching the Cement column is a silent pass or false alarm")
WB="https://world-brain.net/what-about-china/"
t="Currently (2019 data from BP’s Statistical Review of World Energy), its CO2 emissions from fossil-fuel burning are over 9,800 million metric tons (“tonnes”) a year."
add(t,WB,None,"9,800 million metric tons",N,ev(CO2,CO2R,"CHINA (MAINLAND)","2019","Total",2861391),"CO2 vs carbon (×3.664): total 10,484 Mt CO2 supports 'over', fuels only (no cement) 9,713 Mt does not: scope decides",context="China surged past the United States to become the #1 carbon emitter in 2006.",country="CHINA (MAINLAND)")
t="U.S. per capita CO2 emissions of 15.4 metric tons in 2016 were nearly two-and-a-half times as great as China’s 6.4 tonnes per person in the same year, owing to the 4-to-1 population disparity."
add(t,WB,None,"15.4 metric tons",C,ev(CO2,CO2R,"UNITED STATES OF AMERICA","2016","Per Capita (t C)",4.129156017329195),"4.129 t C ×3.664 = 15.13 t CO2")
add(t,WB,None,"6.4 tonnes",C,ev(CO2,CO2R,"CHINA (MAINLAND)","2016","Per Capita (t C)",1.870404428332433),"1.870 t C ×3.664 = 6.85 t CO2")
PH="https://pakistanhouse.net/chinas-carbon-emissions-report-2015/"
t="China’s carbon emissions from fossil fuel burning and cement production were 8.50 Gt CO2 in 2012, making it the country with the largest emissions in the world."
add(t,PH,None,"8.50 Gt",C,ev(CO2,CO2R,"CHINA (MAINLAND)","2012","Total",2628825),"2,628,825 kt C ×3.664 = 9.63 Gt CO2 (the 8.50 is a revised-coal estimate from another source)")
t="China’s carbon emissions were only 5.46 Mt CO2 in 1950, thus the total emissions increased more than 100-folds during those 60 years."
add(t,PH,None,"5.46 Mt",C,ev(CO2,CO2R,"CHINA (MAINLAND)","1950","Total",21465),"21,465 kt C ×3.664 = 78.6 Mt CO2")
t="In 2018, China’s CO2 emissions were roughly 11 Gt—approximately 28% of the global total."
add(t,"https://chineseclimatepolicy.energypolicy.columbia.edu/node/26/",None,"roughly 11 Gt",C,ev(CO2,CO2R,"CHINA (MAINLAND)","2018","Total",2767183),"2,767,183 kt C ×3.664 = 10.14 Gt, outside ±5 % of 11 (the page's 11 Gt includes non-cement process emissions)")
GR="https://greens-efa.eu/en/article/document/carbon-emissions"
t="In 2006, global CO2 emissions from the burning of fossil fuels stood at a record level og 8.38 gigatons of carbon (GtC), which is 20% above the level reached in 2000."
add(t,GR,None,"8.38 gigatons",U,none("World","the package has nations only, no world total row"),"aggregate not in the data")
t="On a per capita basis, the US has the largest fossil-fuel related emissions in the world: 5.5 tons of carbon per person."
add(t,GR,None,"5.5 tons",C,ev(CO2,CO2R,"UNITED STATES OF AMERICA","2006","Per Capita (t C)",5.135292594407462),"2006 (from the article's opening sentence, two paragraphs earlier) = 5.14 t C per person",context_from="the article's opening sentence",context=t.replace(t,"In 2006, global CO2 emissions from the burning of fossil fuels stood at a record level og 8.38 gigatons of carbon (GtC), which is 20% above the level reached in 2000."))
t="When measuring production-based emissions, China emitted over 14 gigatonnes (Gt) CO2eq of greenhouse gases in 2019, 27% of the world total."
add(t,"https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Greenhouse_gas_emissions_by_China",None,"14 gigatonnes",U,none("China","all greenhouse gases in CO2eq are not in the packages"),"another quantity")
NF="http://noaa.foels.net/news-features/all?page=227"
t="Using measurements taken worldwide, scientists estimated that 2015’s global average carbon dioxide concentration was 399.4 parts per million (ppm), a new record high."
add(t,NF,"2016-08-02","399.4 parts per million",S,ev(PPM,"data/co2-annmean-gl.csv","Global","2015","Mean",399.65),"399.65 within 399.35–399.45 +0.5 %")
t="At Mauna Loa Observatory in Hawai’i, where atmospheric carbon dioxide has been recorded longer than anywhere else in the world, the annual average carbon dioxide concentration was 400.8—also a new record, and a new milestone."
add(t,NF,"2016-08-02","400.8",S,ev(PPM,"data/co2-annmean-mlo.csv","Mauna Loa","2015","Mean",401.01),"401.01 within 400.75–400.85 +0.5 % (2015 from context)",context="Using measurements taken worldwide, scientists estimated that 2015’s global average carbon dioxide concentration was 399.4 parts per million (ppm), a new record high.")
CG="https://climate.gov/news-features/understanding-climate/climate-change-atmospheric-Carbon-Dioxide"
t="Based on the annual report from NOAA’s Global Monitoring Lab, global average atmospheric carbon dioxide was 419.3 parts per million (“ppm” for short) in 2023, setting a new record high."
add(t,CG,"2024-04-09","419.3 parts per million",S,ev(PPM,"data/co2-annmean-gl.csv","Global","2023","Mean",419.35),"419.35")
t="The increase between 2022 and 2023 was 2.8 ppm—the 12th year in a row where the amount of carbon dioxide in the atmosphere increased by more than 2 ppm."
add(t,CG,"2024-04-09","2.8 ppm",C,ev(PPM,"data/co2-gr-gl.csv","Global","2023","Annual Increase",2.71),"the growth-rate file now says 2.71 (revised)",context="Based on the annual report from NOAA’s Global Monitoring Lab, global average atmospheric carbon dioxide was 419.3 parts per million (“ppm” for short) in 2023, setting a new record high.")
t="At Mauna Loa Observatory in Hawaii, where the modern carbon dioxide record began in 1958, the annual average carbon dioxide in 2023 was 421.08."
add(t,CG,"2024-04-09","421.08",S,ev(PPM,"data/co2-annmean-mlo.csv","Mauna Loa","2023","Mean",421.08),"exact")
t="In May 2023, carbon dioxide hit 424 ppm—a new record."
add(t,CG,"2024-04-09","424 ppm",S,ev(PPM,"data/co2-mm-mlo.csv","Mauna Loa","2023-05","Average",424.01),"monthly Mauna Loa May 2023 = 424.01",context="At Mauna Loa, the highest monthly value each year occurs in May.")
t="Atmospheric CO2 reached an average of 424 parts per million in May, an increase of 3 parts per million over the same time last year."
add(t,"https://scrippsnews.com/science-and-tech/climate-change/atmospheric-carbon-dioxide-levels-saw-another-steep-jump-in-2023","2023-06-05","424 parts per million",N,ev(PPM,"data/co2-mm-mlo.csv","Mauna Loa","2023-05","Average",424.01),"no station named: Mauna Loa May 2023 (424.01) fits, the global monthly mean (420.56) does not",country="(no place)")
t="The average CO2 concentration in 2023 was 419.3 parts per million (ppm), marking the 12th consecutive year of CO2 growth of 2 ppm or more"
add(t,"https://headtopics.com/us/greenhouse-gas-levels-continue-to-rise-in-2023-noaa-reports-50451425","2024-04-05","419.3 parts per million",S,ev(PPM,"data/co2-annmean-gl.csv","Global","2023","Mean",419.35),"global 2023 (NOAA's global network named in the previous sentence)",context="The levels of carbon dioxide (CO2) and other greenhouse gases in the atmosphere continued to rise in 2023, according to scientists at the National Oceanic and Atmospheric Administration ( NOAA ).")
t="NOAA’s 2023 measurements, recently released, put the global surface concentration of carbon dioxide at 419.3 parts per million, up 2.8 ppm from 2022’s measurement."
add(t,"https://coloradosun.com/2024/04/10/carbon-dioxide-climate-change-growing-boulder-noaa","2024-04-10","2.8 ppm",C,ev(PPM,"data/co2-gr-gl.csv","Global","2023","Annual Increase",2.71),"growth file: 2.71 (the difference of annual means is 2.27)")
t="Based on analysis from NOAA’s Global Monitoring Lab, global average atmospheric carbon dioxide was 414.72 parts per million (“ppm” for short) in 2021, setting a new record high despite the continued economic drag from the COVID-19 pandemic."
QA="https://qammunity.org/18128102/?show=18128103"
add(t,QA,None,"414.72 parts per million",S,ev(PPM,"data/co2-annmean-gl.csv","Global","2021","Mean",414.70),"414.70 within 414.715–414.725 +0.5 %")
t="In fact, the jump of 2.58 ppm over 2021 amounts tied for 5th-highest annual increase in NOAA's 63-year record."
add(t,QA,None,"2.58 ppm",C,ev(PPM,"data/co2-gr-gl.csv","Global","2021","Annual Increase",2.38),"revised to 2.38",context="Based on analysis from NOAA’s Global Monitoring Lab, global average atmospheric carbon dioxide was 414.72 parts per million (“ppm” for short) in 2021, setting a new record high despite the continued economic drag from the COVID-19 pandemic.")
t="The mean concentration of approximately 316 parts per million by volume (ppmv) in 1958 rose to approximately 369 ppmv in 1998."
GA="http://www.grida.no/publications/vg/climate/page/3061.aspx"
add(t,GA,None,"approximately 369 ppmv",S,ev(PPM,"data/co2-annmean-mlo.csv","Mauna Loa","1998","Mean",366.84),"366.84 within ±5 % (Mauna Loa from context)",context="CO2 concentrations in the atmosphere have been measured at an altitude of about 4,000 meters on the peak of Mauna Loa mountain in Hawaii since 1958.")
add(t,GA,None,"approximately 316 parts per million",N,ev(PPM,"data/co2-mm-mlo.csv","Mauna Loa","1958","Average",None),"1958 has only March–December monthly means, no annual row",context="CO2 concentrations in the atmosphere have been measured at an altitude of about 4,000 meters on the peak of Mauna Loa mountain in Hawaii since 1958.")
t="The daily mean concentration of carbon dioxide (CO2) in the atmosphere at Mauna Loa, Hawaii, hit 400.03 parts per million (ppm) on 9 May, marking the first time the concentration there has topped 400 ppm since measurements began at Mauna Loa in 1958, the U.S. National Oceanic and Atmospheric Administration (NOAA) announced on 10 May."
add(t,"http://onlinelibrary.wiley.com/doi/10.1002/2013EO210004/abstract?globalMessage=0","2013-05","400.03 parts per million",N,ev(PPM,"data/co2-mm-mlo.csv","Mauna Loa","2013-05","Average",400.02),"a daily value; the package has monthly means (May 2013 = 400.02)")
YO="https://japannews.yomiuri.co.jp/business/market/20221020-65667/"
t="The yen briefly weakened to the ¥150 per dollar level on the Tokyo foreign exchange market on Thursday."
add(t,YO,"2022-10-20","¥150",N,ev(FX,"data/monthly.csv","Japan","2022-10","Exchange rate",147.0515),"an intraday level; monthly average Oct 2022 = 147.05, daily file absent")
t="The yen has weakened by ¥35 since the beginning of the year, when it was around ¥115 to the dollar."
add(t,YO,"2022-10-20","around ¥115",S,ev(FX,"data/monthly.csv","Japan","2022-01","Exchange rate",114.8255),"January 2022 average 114.83 within ±5 %")
SP="https://sputniknews.com/20221017/japanese-yen-sets-new-record-low-against-us-dollar-at-1486-1101913746.html"
t="The exchange rate of the yen, the Japanese national currency, fell to 148.6 against the US dollar on Monday, a low last recorded in 1990."
add(t,SP,"2022-10-17","148.6",N,ev(FX,"data/monthly.csv","Japan","2022-10","Exchange rate",147.0515),"a daily rate; monthly/annual data only")
t="The decline accelerated in September, prompting the government to intervene after the exchange rate reached 145.9 to 1 and buy out 2.8 trillion yen ($19.6 billion), a record amount for a single intervention."
add(t,SP,"2022-10-17","2.8 trillion yen",U,none("Japan","intervention amounts not in the packages"),"series absent")
t="Dollar/Japanese yen: 132.46 Japanese yen per dollar (0.0075 dollar per Japanese yen)"
add(t,"https://www.marketscreener.com/news/latest/Dollar-Gains-0-57-to-132-46-Yen-Data-Talk--42599972/?utm_medium=RSS&utm_content=20221221","2022-12-21","132.46 Japanese yen",N,ev(FX,"data/monthly.csv","Japan","2022-12","Exchange rate",None),"a 5 p.m. daily quote; daily file absent from the package")
GD="https://www.globaldata.com/data-insights/macroeconomic/performance-of-chinese-yuan-cny-against-the-us-dollar-usd-in-/"
t="The average exchange rate in 2022 was 6.5393 CNY, and the current exchange rate is at 6.7932 CNY on August 16, 2022"
add(t,GD,"2022-08-16","6.5393 CNY",N,ev(FX,"data/annual.csv","China","2022","Exchange rate",6.7290),"a year-to-date average in August; the full-year 2022 row (6.729) did not exist at the draft date")
add(t,GD,"2022-08-16","6.7932 CNY",N,ev(FX,"data/monthly.csv","China","2022-08","Exchange rate",None),"a daily rate")
t="The central parity rate of the Chinese Currency renminbi, or the yuan, strengthened 98 pips to 6.7522 against the U.S. Dollar Friday, according to the China Foreign Exchange Trade System."
add(t,"https://www.urdupoint.com/en/miscellaneous/chinese-yuan-strengthens-to-67522-against-us-1539521.html","2022-07-22","6.7522",N,ev(FX,"data/monthly.csv","China","2022-07","Exchange rate",None),"a daily central parity (not the Fed's noon rate)")
WM="https://wikimili.com/en/List_of_renminbi_exchange_rates"
t="As of 2013, China is the world's second-largest economy, with an estimated nominal gross domestic product (GDP) of US$8.25 trillion and a total international trade value of US$3.64 trillion."
add(t,WM,None,"US$8.25 trillion",U,none("China","GDP only for KAZ and RUS in the packages"),"country not in the GDP package")
t="In 2010, China's annual level of inward foreign direct investment (FDI) reached a record US$106 billion."
add(t,WM,None,"US$106 billion",U,none("China","FDI not in the packages"),"series absent")
t="The exchange rate for a dollar to naira at Lagos Parallel Market (Black Market) players buy a dollar for N1315 and sell at N1325 on Wednesday 17th January 2024, according to sources at Bureau De Change (BDC)."
add(t,"https://www.naijanews.com/2024/01/18/black-market-dollar-to-naira-exchange-rate-today-18th-january-2024/","2024-01-18","N1315",U,none("Nigeria","naira not in the exchange-rate package"),"currency absent")
t="The World Bank said on Wednesday the Russian economy was set to grow by 4.3% this year."
add(t,DV,"2021-12-01","4.3%",U,none("Russian Federation","a real-growth forecast; not in the packages"),"series absent")
NORM={"CHINA (MAINLAND)":"China","UNITED STATES OF AMERICA":"United States","Turkiye":"Turkey","Global":"World","Mauna Loa":"World (Mauna Loa)"}
for r in rows: r["country"]=NORM.get(r["country"],r["country"])
with open(__import__("pathlib").Path(__file__).with_name("verdicts.jsonl"),"w",encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
from collections import Counter
print(len(rows),Counter(r["expected_verdict"] for r in rows)); print(Counter(r["country"] for r in rows))
